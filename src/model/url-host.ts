// The host of an address a person typed or a plan gives, as channels are told apart by it:
// lower case, without "www.", or undefined when the text is no address.

export function urlHost(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** The site a host name belongs to, as links to one post are matched: lower case, without www., mobile. or m. */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^(?:www|mobile|m)\./, '');
}

/** The words of a host ("m.facebook.com" → m, facebook, com), to recognise a network by name. */
export function hostWords(url: string | undefined): string[] {
  return urlHost(url)?.split('.') ?? [];
}
