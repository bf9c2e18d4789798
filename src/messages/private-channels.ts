import type { Channel } from '../model/schema.js';
import { hostWords } from '../model/url-host.js';

// Networks where a brand can write to one person privately. A channel of the plan that names
// none of them (a blog, a website, a newsletter) gets no private reply unless it says
// `private_messages: true`.
const PRIVATE_NETWORKS = [
  'x',
  'twitter',
  'instagram',
  'facebook',
  'messenger',
  'tiktok',
  'whatsapp',
  'linkedin',
  'telegram',
  'threads',
  'bluesky',
  'bsky',
  'mastodon',
];

/** True when a private reply can go out on this channel: as the plan says, or a known network by id or address. */
export function allowsPrivateMessages(channel: Channel): boolean {
  if (channel.private_messages !== undefined) return channel.private_messages;
  const words = [...channel.id.toLowerCase().split('-'), ...hostWords(channel.url)];
  return words.some((word) => PRIVATE_NETWORKS.includes(word));
}
