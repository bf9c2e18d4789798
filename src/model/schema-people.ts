// The people a plan names: contacts to call, departments to ask, influencers to keep informed.
import * as z from 'zod/mini';
import { slug, text, duration, email, phone, bool, optional, about, notes } from './schema-parts.js';

export const contact = z.strictObject({
  id: about('Identifier of the person, used by notify, owner and backup: lowercase letters, digits and hyphens.', slug),
  name: about('Full name of the person.', text),
  role: about('What the person does, as colleagues would say it.', text),
  department: about('Id of the department the person belongs to.', optional(slug)),
  email: about('Email address; required when there is no phone.', optional(email)),
  phone: about('Phone number reachable at night, with the country code (+34 600 000 000).', optional(phone)),
  backup: about('Id of the contact who stands in when this person cannot be reached.', optional(slug)),
  external: about('true for people outside the business (an agency, a lawyer).', bool(false)),
  organization: about('Company an external contact works for.', optional(text)),
  notes,
});

export const department = z.strictObject({
  id: about('Identifier of the department: lowercase letters, digits and hyphens.', slug),
  name: about('Name of the department.', text),
  lead: about('Id of the contact who leads the department.', optional(slug)),
  respond_within: about(
    'How soon the department answers a question, as a duration: 30m, 4h, 1d2h.',
    optional(duration),
  ),
});

export const influencer = z.strictObject({
  id: about('Identifier of the influencer: lowercase letters, digits and hyphens.', slug),
  name: about('Name of the influencer.', text),
  handle: about('Their handle on their main channel (@name).', optional(text)),
  channel: about('The network where they are followed most.', optional(text)),
  reach: about('How many followers they have, roughly.', optional(z.int().check(z.nonnegative()))),
  email: about('Email address.', optional(email)),
  phone: about('Phone number, with the country code.', optional(phone)),
  topics: about('What they talk about.', optional(z.array(text))),
  notes,
});
