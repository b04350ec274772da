import QRCode from 'qrcode'

let last: { url: string; dataUrl: string } | null = null

/** `url` as a QR code, an SVG data URL; the last one is kept (the address rarely changes). */
export async function qrFor(url: string): Promise<string> {
  if (last?.url !== url) {
    const svg = await QRCode.toString(url, { type: 'svg', margin: 2 })
    last = { url, dataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` }
  }
  return last.dataUrl
}
