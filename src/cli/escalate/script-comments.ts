import { commentId } from '../../escalate/comment-queue.js';
import { COMMENT_CHOICE, questionKey as key } from '../../escalate/draft-keys.js';
import { own, ScriptStop, type Script } from '../../escalate/script.js';

// A drill's `comments:` entry, done by the walkthrough's own comments phase (comments.ts): at the
// first menu once it is due, "Answer comments" is chosen, the link pasted, and the item settled
// as the entry says. This answers those questions, by their keys, for the entry being done.

type Entry = NonNullable<Script['comments']>[number];

export const isCommentKey = (k: string) => k === key.comments || k.startsWith(`${key.comments}.`);

/** The answers of one entry, question by question; `done` once the queue is left. */
export class ScriptComment {
  private added = false;
  private settling = false;
  done = false;

  constructor(
    private readonly entry: Entry,
    /** `comments[2]`: the script's key, for what a message says is missing. */
    private readonly key: string,
    private readonly allowWarnings: boolean,
  ) {}

  private get id(): string {
    return commentId(this.entry.link.trim());
  }

  private missing(what: string): never {
    throw new ScriptStop('script.missing', { key: `${this.key}.${what}`, value: '' });
  }

  /** A choice among `values` for the question `k`. */
  select(k: string, values: readonly string[], fallback?: string): string {
    const id = this.id;
    if (k === key.comments) {
      if (!this.added) {
        this.added = true;
        if (!values.includes(id)) return COMMENT_CHOICE.add;
      }
      if (this.entry.answered !== undefined && !this.settling && values.includes(id)) {
        this.settling = true;
        return id;
      }
      this.done = true;
      return COMMENT_CHOICE.back;
    }
    if (k === key.comment(id)) {
      // Asked again: the queue refused what the entry says (the reason is on the screen).
      if (this.settling === true && this.asked)
        throw new ScriptStop('script.commentRefused', { key: `${this.key}.answered` });
      this.asked = true;
      return this.entry.answered ?? COMMENT_CHOICE.back;
    }
    if (k === key.commentPart(id, 'channel'))
      return this.entry.channel ?? fallback ?? values[0] ?? this.missing('channel');
    if (k === key.commentPart(id, 'with')) return this.entry.response ?? COMMENT_CHOICE.ownWords;
    if (k === key.commentPart(id, 'reason')) return this.entry.reason ?? this.missing('reason');
    return this.missing(k.slice(`${key.comment(id)}.`.length) || 'answered');
  }

  private asked = false;

  /** A text for the question `k`. */
  input(k: string): string {
    const id = this.id;
    if (k === key.commentLink) return this.entry.link;
    if (k === key.commentText) return this.entry.text ?? '';
    if (k === key.commentPart(id, 'text')) return this.entry.reply ?? this.missing('reply');
    if (k === key.commentPart(id, 'reason')) return this.entry.reason ?? this.missing('reason');
    const name = k.startsWith(key.commentVariable(id, '')) ? k.slice(key.commentVariable(id, '').length) : undefined;
    if (name !== undefined) return own(this.entry.vars, name) ?? this.missing(`vars.${name}`);
    return this.missing(k);
  }

  /** A warning accepted only with --allow-warnings; a block, as the script says it was done. */
  confirm(k: string): boolean {
    return k === key.commentPart(this.id, 'anyway') ? this.allowWarnings : true;
  }
}
