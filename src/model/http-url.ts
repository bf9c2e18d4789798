// An http(s) address a browser opens: a host name of letters, digits and dashes (any script),
// or an IPv4 address, an optional port, then no space or control character. A regular
// expression rather than z.url(), so the JSON Schema carries the very same test:
// z.url() let through other schemes to editors, and spaces and BEL to lint.
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const PORT = '(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3}|0)';
// The last label starts with a letter, as every top-level domain does: 999.1.1.1 is no host.
const HOST = `(?:(?:${LABEL}\\.)*\\p{L}(?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?|${OCTET}(?:\\.${OCTET}){3})`;
export const HTTP_URL = new RegExp(`^[Hh][Tt][Tt][Pp][Ss]?://${HOST}(?::${PORT})?(?:[/?#][^\\s\\p{Cc}]*)?$`, 'u');
