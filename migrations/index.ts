// The ordered list of migrations. Listed statically (not read from disk) so the same list works under tsx,
// in tests and in bundles. Add new migrations at the end; never edit or reorder a landed one.
import type { Migration } from 'kysely'
import * as createFrameworks from './20261123T110000-create-frameworks'
import * as createModules from './20261123T110100-create-modules'
import * as createCredentials from './20261123T110200-create-credentials'
import * as createPathways from './20261123T110300-create-pathways'
import * as createAccounts from './20261123T120000-create-accounts'
import * as moduleDelivery from './20261123T130000-module-delivery'
import * as createValidation from './20261123T131000-create-validation'
import * as bridgeBuilder from './20261123T140000-bridge-builder'
import * as pathwayVersion from './20261123T150000-pathway-version'
import * as signInDevices from './20261207T100000-sign-in-devices'
import * as rowOwners from './20261208T090000-row-owners'
import * as competencySearch from './20261209T100000-competency-search'
import * as importJobs from './20261209T100100-import-jobs'
import * as competencyCodeIndex from './20261209T180000-competency-code-index'
import * as familyWageRegionYear from './20261210T010000-family-wage-region-year'
import * as validationEvidence from './20261211T080000-validation-evidence'
import * as revisionAutosaves from './20261211T100000-revision-autosaves'
import * as placementProposals from './20261212T170000-placement-proposals'
import * as readVersions from './20261212T930000-read-versions'
import * as frameworkEditing from './20261212T950000-framework-editing'
import * as outcomeSource from './20261213T100000-outcome-source'
import * as credentialOutcomeCounts from './20261213T200000-credential-outcome-counts'
import * as outcomeAnalysisVersion from './20261213T300000-outcome-analysis-version'
import * as crosswalkRejections from './20261213T600000-crosswalk-rejections'
import * as pathwayInputVersions from './20261213T800000-pathway-input-versions'
import * as analysisFindingsFilterIndex from './20261213T810000-analysis-findings-filter-index'
import * as credentialOutcomeAnalysisVersion from './20261215T200000-credential-outcome-analysis-version'
import * as caseFidelity from './20261211T040000-case-fidelity'
import * as articulationsFromIndex from './20261211T090000-articulations-from-index'
import * as ctdlIds from './20261211T050000-ctdl-ids'
import * as laborReference from './20261209T110000-labor-reference'
import * as exitOccupations from './20261209T110100-exit-occupations'
import * as supportsFundingRouteCost from './20261209T120000-supports-funding-route-cost'
import * as findingDecisions from './20261209T140000-finding-decisions'
import * as approvalWorkflow from './20261209T150000-approval-workflow'
import * as comments from './20261209T160000-comments'
import * as apiTokens from './20261211T070000-api-tokens'
import * as outcomeCounts from './20261212T900000-outcome-counts'
import * as suggestionDismissals from './20261213T500000-suggestion-dismissals'
import * as analysisCache from './20261211T020000-analysis-cache'
import * as pathwayReadVersions from './20261215T600000-pathway-read-versions'
import * as pathwayInputShards from './20261215T700000-pathway-input-shards'

export const migrations: Record<string, Migration> = {
  '20261123T110000-create-frameworks': createFrameworks,
  '20261123T110100-create-modules': createModules,
  '20261123T110200-create-credentials': createCredentials,
  '20261123T110300-create-pathways': createPathways,
  '20261123T120000-create-accounts': createAccounts,
  '20261123T130000-module-delivery': moduleDelivery,
  '20261123T131000-create-validation': createValidation,
  '20261123T140000-bridge-builder': bridgeBuilder,
  '20261123T150000-pathway-version': pathwayVersion,
  '20261207T100000-sign-in-devices': signInDevices,
  '20261208T090000-row-owners': rowOwners,
  '20261209T100000-competency-search': competencySearch,
  '20261209T100100-import-jobs': importJobs,
  '20261209T110000-labor-reference': laborReference,
  '20261209T110100-exit-occupations': exitOccupations,
  '20261209T120000-supports-funding-route-cost': supportsFundingRouteCost,
  '20261209T140000-finding-decisions': findingDecisions,
  '20261209T150000-approval-workflow': approvalWorkflow,
  '20261209T160000-comments': comments,
  '20261209T180000-competency-code-index': competencyCodeIndex,
  '20261210T010000-family-wage-region-year': familyWageRegionYear,
  '20261211T020000-analysis-cache': analysisCache,
  '20261211T040000-case-fidelity': caseFidelity,
  '20261211T050000-ctdl-ids': ctdlIds,
  '20261211T070000-api-tokens': apiTokens,
  '20261211T080000-validation-evidence': validationEvidence,
  '20261211T090000-articulations-from-index': articulationsFromIndex,
  '20261211T100000-revision-autosaves': revisionAutosaves,
  '20261212T170000-placement-proposals': placementProposals,
  '20261212T900000-outcome-counts': outcomeCounts,
  '20261212T930000-read-versions': readVersions,
  '20261212T950000-framework-editing': frameworkEditing,
  '20261213T100000-outcome-source': outcomeSource,
  '20261213T200000-credential-outcome-counts': credentialOutcomeCounts,
  '20261213T300000-outcome-analysis-version': outcomeAnalysisVersion,
  '20261213T500000-suggestion-dismissals': suggestionDismissals,
  '20261213T600000-crosswalk-rejections': crosswalkRejections,
  '20261213T800000-pathway-input-versions': pathwayInputVersions,
  '20261213T810000-analysis-findings-filter-index': analysisFindingsFilterIndex,
  '20261215T200000-credential-outcome-analysis-version': credentialOutcomeAnalysisVersion,
  '20261215T600000-pathway-read-versions': pathwayReadVersions,
  '20261215T700000-pathway-input-shards': pathwayInputShards,
}
