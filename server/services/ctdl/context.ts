// What every CTDL graph of one export shares: where the registry keeps resources, where Rungs' own pages are (the
// resources' subject webpages) and which organisation owns what.
import { ctidOf, derivedCtid, registryAddresses, type RegistryAddresses } from './ids'

// The Credential Engine settings (CE_REGISTRY_URL, CE_API_URL, CE_API_KEY, CE_ORGANIZATION_CTID; see README).
export type CtdlConfig = {
  // The registry the CTIDs are addressed in: production, or the sandbox while trying.
  registryUrl: string
  // The Registry Assistant that publishes, and the organisation's API key for it; publishing needs both.
  apiUrl: string | null
  apiKey: string | null
  // The publishing organisation's CTID in the registry: it owns every resource Rungs publishes.
  organisationCtid: string | null
}

export const CTDL_DEFAULTS: CtdlConfig = { registryUrl: 'https://credentialengineregistry.org', apiUrl: null, apiKey: null, organisationCtid: null }

export type CtdlContext = RegistryAddresses & {
  // Rungs' own address, for subject webpages.
  origin: string
  // The registry address of the organisation that owns a row.
  ownerOf: (row: { organisationUuid: string | null }) => string
}

// The context of an export from Rungs at `origin`. Without a configured organisation CTID (a download for
// review), each row is owned by its Rungs organisation under a CTID made from that organisation's uuid.
export function ctdlContext(config: CtdlConfig, origin: string): CtdlContext {
  const addresses = registryAddresses(config.registryUrl)
  const ownerCtid = (row: { organisationUuid: string | null }) =>
    config.organisationCtid ?? (row.organisationUuid ? ctidOf({ uuid: row.organisationUuid }) : derivedCtid('rungs:no-organisation', origin))
  return { ...addresses, origin: origin.replace(/\/+$/, ''), ownerOf: (row) => addresses.resource(ownerCtid(row)) }
}
