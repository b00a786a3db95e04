/** What address a poster may carry: one a phone can open (not this computer's), unless asked for. */

/** True when an address's host is this computer (localhost, 127.0.0.0/8, ::1, 0.0.0.0): no phone can open it. */
export function isLoopbackUrl(address: string): boolean {
  let host: string;
  try {
    // The poster shows its address upper-cased; URL lower-cases the host and normalises 127.1, 0x7f.0.0.1 and the like.
    host = new URL(address.trim()).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    // IPv4-mapped IPv6 (::ffff:127.0.0.1), which URL writes in hex.
    /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host)
  );
}

/** Why a poster showing `address` must not be printed, or null when it may. */
export function posterAddressProblem(address: string, allowLocal: boolean): string | null {
  const shown = address.trim();
  let url: URL;
  try {
    url = new URL(shown);
  } catch {
    return `The poster shows "${shown}", which is not a web address: is the build older than the poster screen?`;
  }
  if (!/^https?:$/.test(url.protocol)) return `The poster shows "${shown}", which a phone camera would not open as a web page.`;
  if (isLoopbackUrl(shown) && !allowLocal) {
    return [
      `The posters would point at ${url.host}, which is this computer: no phone could open them.`,
      'Build with the public address first: PUBLIC_ORIGIN=https://your.host npm run build',
      '(or pass --allow-local to print test posters anyway).',
    ].join('\n');
  }
  return null;
}
