// Measures the JS a first load of a page takes on the wire, in Chromium, with the server's compression.
import { chromium } from '@playwright/test'
const url = process.argv[2]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
const scripts = []
page.on('requestfinished', async (request) => {
  if (request.resourceType() !== 'script') return
  const response = await request.response()
  const sizes = await request.sizes()
  scripts.push({ url: request.url().replace(/.*\/assets\//, ''), wire: sizes.responseBodySize, encoding: response.headers()['content-encoding'] ?? 'identity' })
})
await page.goto(url, { waitUntil: 'networkidle' })
await page.getByRole('heading', { level: 1 }).first().waitFor()
await browser.close()
let total = 0
for (const s of scripts) { total += s.wire; console.log(s.encoding.padEnd(9), String(s.wire).padStart(7), s.url) }
console.log('total JS on the wire:', total, 'bytes =', (total / 1024).toFixed(1), 'KB')
