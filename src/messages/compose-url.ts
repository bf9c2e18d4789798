import type { Channel } from '../model/schema.js';
import { hostWords } from '../model/url-host.js';

// The page where a network lets a person write a post that is already filled in, so the
// walkthrough can open it instead of asking them to paste. Only networks that take the text in
// the address have one: Facebook's sharer takes a link only, Instagram and blogs take nothing.

type ComposeChannel = Pick<Channel, 'id' | 'name' | 'url'>;

interface Network {
  /** Words of a channel's id (split at "-") or of its address's host (split at "."). */
  words: readonly string[];
  /** Whole words of the channel's name; never "x", which a name may hold for other reasons. */
  names: readonly string[];
  compose: (text: string) => string;
}

const NETWORKS: readonly Network[] = [
  { words: ['x', 'twitter'], names: ['twitter'], compose: (text) => `https://x.com/intent/post?text=${text}` },
  {
    words: ['linkedin'],
    names: ['linkedin'],
    compose: (text) => `https://www.linkedin.com/feed/?shareActive=true&text=${text}`,
  },
  // wa.me without a number lets the person pick the chat or group to send it to.
  { words: ['whatsapp', 'wa'], names: ['whatsapp'], compose: (text) => `https://wa.me/?text=${text}` },
];

/** Which network a channel is: its address says it best, then its id, then its name. */
function networkOf(channel: ComposeChannel): Network | undefined {
  const host = hostWords(channel.url);
  const id = channel.id.toLowerCase().split('-');
  const name = channel.name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return (
    NETWORKS.find((n) => host.some((word) => n.words.includes(word))) ??
    NETWORKS.find((n) => id.some((word) => n.words.includes(word))) ??
    NETWORKS.find((n) => name.some((word) => n.names.includes(word)))
  );
}

/**
 * encodeURIComponent throws on half an emoji (a lone surrogate, left by cutting a text by
 * UTF-16 units); replace it with U+FFFD, as String.prototype.toWellFormed does.
 */
function encode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );
}

/** The network's "compose a post" page with the text filled in, or undefined where none exists. */
export function composeUrl(channel: ComposeChannel, text: string): string | undefined {
  return networkOf(channel)?.compose(encode(text));
}
