// The English catalog: every sentence a person reads. `{name}` is filled in by format().
// Messages say what is wrong and what to do about it.
export const en = {
  // Command line
  'cli.description': 'Keep your social-media crisis plan in one YAML file, and run it when it is needed.',
  'cli.option.lang': 'language of messages, and of the plan init writes: en or es (default: CRISIS_LANG, then LANG)',
  'cli.option.noColor': 'never colour the output (also NO_COLOR=1)',
  'cli.option.debug': 'show a stack trace when something fails',
  'cli.option.version': 'print the version',
  'cli.option.help': 'show help for a command',
  // Placeholders of option values and operands in help: `--out <file>`.
  'cli.arg.answer': 'answer',
  'cli.arg.command': 'command',
  'cli.arg.contact': 'contact',
  'cli.arg.example': 'example',
  'cli.arg.file': 'file',
  'cli.arg.folder': 'folder',
  'cli.arg.format': 'format',
  'cli.arg.id': 'id',
  'cli.arg.lang': 'lang',
  'cli.arg.link': 'link',
  'cli.arg.n': 'n',
  'cli.arg.name': 'name',
  'cli.arg.nameValue': 'name=value',
  'cli.arg.paths': 'paths',
  'cli.arg.playbook': 'playbook',
  'cli.arg.response': 'response',
  'cli.arg.state': 'state',
  'cli.arg.text': 'text',
  'cli.arg.why': 'why',
  'cli.usage.options': '[options]',
  'cli.usage.command': '[command]',
  'cli.title.usage': 'Usage:',
  'cli.title.arguments': 'Arguments:',
  'cli.title.options': 'Options:',
  'cli.title.commands': 'Commands:',
  'cli.title.globalOptions': 'Global options:',
  'cli.title.examples': 'Examples:',
  'cli.help.commandArg': 'the command, and its subcommand if any (crisis help promises done)',
  'cli.examples.root':
    '  crisis init                      # write a plan for your business, answering questions\n  crisis lint                      # check ./crisis.yaml\n  crisis escalate                  # something is going wrong: walk through it',
  'cli.examples.init':
    '  crisis init                       # answer a few questions\n  crisis init --yes --name "Bakery" --lang en\n  crisis init --from en-northside-bakery --dir plan',
  'cli.examples.lint':
    '  crisis lint                       # ./crisis.yaml, else the playbooks under ./playbooks\n  crisis lint plan/crisis.yaml --max-warnings 0\n  crisis lint --format sarif > crisis.sarif',
  'cli.examples.escalate':
    '  crisis escalate                   # a new incident, on a terminal\n  crisis escalate --resume          # continue the most recent one\n  crisis escalate --script drill.yaml   # a drill, answered by a script',
  'cli.examples.report':
    '  crisis report                     # the most recent incident, in Markdown\n  crisis report ID --format pdf --out report.pdf\n  crisis report --redact --format html --out report.html',
  'cli.examples.incidents': '  crisis incidents\n  crisis incidents --json --playbook plan/crisis.yaml',
  'cli.examples.discard':
    '  crisis incidents discard ID        # a drill goes at once\n  crisis incidents discard ID --yes  # a real incident, without being asked',
  'cli.examples.promises':
    '  crisis promises                   # overdue first, then due soon\n  crisis promises --ics promises.ics\n  crisis promises --all --json --playbook plan/crisis.yaml',
  'cli.examples.promisesDone': '  crisis promises done ID\n  crisis promises done ID --playbook plan/crisis.yaml',
  'cli.examples.comments':
    "  crisis comments                   # the open incident's queue, waiting first\n  crisis comments --json --incident ID",
  'cli.examples.commentsAdd':
    '  crisis comments add https://x.com/marta/status/1 "Still no refund"\n  crisis comments add LINK --author @marta   # from a second terminal, while the walkthrough runs',
  'cli.examples.commentsDone':
    '  crisis comments done ID --answered public --response thanks --var customer=@marta\n  crisis comments done ID --answered private --text "We have written to you"\n  crisis comments done ID --answered reviewed --reason spam\n  crisis comments done ID --answered blocked --reason "insults after our apology" --yes',
  'cli.examples.render':
    '  crisis render short-apology --var problem="the late orders"   # every channel it may use\n  crisis render short-apology --channel x --var problem="the late orders"',
  'cli.examples.schema':
    '  crisis schema > crisis.schema.json   # for your editor\n  crisis schema --report > report.schema.json   # the JSON report, for other tools',
  'cli.examples.statement':
    '  crisis statement --out page.html          # the newest open incident\n  crisis statement ID --out page.html\n  crisis statement --template mine.html.hbs > page.html',
  'cli.examples.watch':
    '  crisis watch                      # on a terminal: a poll every monitoring.every, until Ctrl-C\n  crisis watch --once               # cron or CI: a red run is the alert\n  crisis watch --once --format json plan/crisis.yaml',
  'cli.examples.help': '  crisis help lint\n  crisis help promises done',
  'cmd.lint.description': 'check playbook files, like a compiler: every problem with its line, column and rule',
  'cmd.lint.paths': 'files or folders to check (default: ./crisis.yaml, else the playbooks under ./playbooks)',
  'cmd.lint.format':
    'output: stylish, json (ESLint), github (annotations) or sarif (default: stylish, github on GitHub Actions)',
  'cmd.lint.maxWarnings': 'fail when there are more than N warnings',
  'cmd.lint.quiet': 'report errors only',
  'cmd.lint.plansOnly':
    "for hooks: of the files named, check only crisis plans and templates beside one; pass over others' files",
  'cmd.lint.concurrency': 'worker threads to lint many files on: auto, off, or a number (default: auto)',
  'cmd.schema.description': 'print the JSON Schema of the playbook format (for editors and the YAML language server)',
  'cmd.schema.report': 'print the JSON Schema of `crisis report --format json` instead',

  // Errors the shell reports (exit code 2 unless said otherwise)
  'error.noSuchPath': 'No such file or folder: {path}',
  'error.unreadable': 'Cannot read {path}: {reason}',
  'error.noPlaybook':
    'No playbook here: there is no ./crisis.yaml and no playbook under ./playbooks. Pass a path, or create one with `crisis init`.',
  'error.noYamlInFolder':
    'No .yaml or .yml file in {path}. Folders named drills, incidents or node_modules, and hidden ones, are not searched: name a file there to lint it.',
  'error.templateWithoutPlan':
    '{path} is in a templates folder, but {folder} holds no plan (.yaml) to check it with. Name the plan that uses it.',
  'error.notAFile': '{path} is a device, not a regular file: name a file.',
  'error.emptyPipe':
    '{path} is a pipe, not a regular file, and nothing came through it: name a file, or a pipe a program writes to.',
  // Outputs (--out, --ics, the statement page) never write over what crisis reads or keeps.
  'output.isPlaybook': 'Not writing {path}: it is the playbook {file}. Name another file.',
  'output.isTemplate': 'Not writing {path}: it is the template {file}, which this command reads. Name another file.',
  'output.isInput': 'Not writing {path}: it is {file}, which this command reads. Name another file.',
  'output.isStatementTemplate':
    'Not writing {path}: it is {file}, the template crisis statement makes the statement page from. Name another file.',
  'output.inIncidents':
    'Not writing {path}: it is in the incidents folder {dir}, which holds the journals and their locks. Name a file elsewhere.',
  'output.inWatch':
    'Not writing {path}: it is in the watch folder {dir}, which keeps the mentions crisis watch saw. Name a file elsewhere.',
  'error.badFormat': 'Unknown format "{value}". Use one of: {options}.',
  'error.badNumber': '{option} takes a whole number of 0 or more, not "{value}".',
  'error.badVar': '--var takes name=value, not "{value}".',
  'error.badConcurrency': '--concurrency takes auto, off or a number of threads from 1, not "{value}".',
  'error.unknownOption': 'Unknown option {option}. See `{help}`.',
  'error.unknownOptionSuggest': 'Unknown option {option}. Did you mean {suggestion}?',
  'error.unknownCommand': 'Unknown command "{command}". See `crisis --help`.',
  'error.unknownCommandSuggest': 'Unknown command "{command}". Did you mean {suggestion}?',
  'error.missingArgument': 'Missing argument {argument}. See `{help}`.',
  'error.optionMissingArgument': 'Option {option} needs a value.',
  'error.excessArguments': 'Too many arguments. See `{help}`.',
  'error.badLang': 'Unknown language "{value}". Use en or es.',
  'error.unexpected':
    'Something went wrong inside crisis: {message}. This is a bug; run again with --debug and report the trace.',
  'error.interrupted': 'Interrupted.',
  // The operating system saying no: one line, exit 2 (handle-error.ts)
  'error.os': 'Cannot {action} {path}: {reason}.',
  'error.noFolder': 'Cannot {action} {path}: the folder {folder} does not exist.',
  'error.outputFailed': 'Cannot write the output: {reason}; the rest was not written.',
  'error.osNoPath': 'Cannot {action}: {reason}.',
  'error.outputClosed':
    'The output was closed before crisis had written everything ({code}); the rest was not written.',
  'os.action.open': 'open',
  'os.action.read': 'read',
  'os.action.write': 'write',
  'os.action.mkdir': 'create the folder',
  'os.action.list': 'list the folder',
  'os.action.remove': 'remove',
  'os.action.rename': 'move',
  'os.action.reach': 'reach',
  'os.action.use': 'use',
  'os.reason.EACCES': 'permission denied; check who owns it and its permissions',
  'os.reason.ENOENT': 'no such file or folder',
  'os.reason.EISDIR': 'it is a folder, where a file is needed',
  'os.reason.ENOTDIR': 'part of the path is a file, where a folder is needed',
  'os.reason.EEXIST': 'it already exists',
  'os.reason.EROFS': 'the disk is read-only',
  'os.reason.ENOSPC': 'the disk is full',
  'os.reason.EMFILE': 'too many files are open',
  'os.reason.EBUSY': 'another program is using it',
  'os.reason.ENAMETOOLONG': 'the name is too long',
  'os.reason.ELOOP': 'too many symbolic links, or a loop of them',
  'os.reason.other': 'the system refused ({code})',

  // crisis lint
  'lint.error': 'error',
  'lint.warning': 'warning',
  'lint.summary': '{problems:# problem|# problems} ({errors:# error|# errors}, {warnings:# warning|# warnings})',
  'lint.clean': '✔ {files:# file|# files} checked: no problems.',
  'lint.cleanQuiet': '✔ {files:# file|# files} checked: no errors (--quiet leaves warnings out).',
  'lint.tooManyWarnings': 'Too many warnings: {warnings}, more than --max-warnings {max}.',
  'lint.unknownRule':
    'No rule is named "{rule}": this comment silences nothing. Write a rule id of crisis lint (docs/lint-rules.md).',
  'lint.unknownRuleSuggest': 'No rule is named "{rule}": this comment silences nothing. Did you mean "{suggestion}"?',
  'lint.drillScript':
    '{file} is a drill script, not a plan: crisis lint checks plans. Run the drill with {command}, which checks it against the plan before anything runs.',
  'lint.workers': 'Linting on {count:# thread|# threads}.',
  'lint.workerStopped':
    'A lint thread stopped before it was done ({code}), perhaps out of memory. Run the same lint with --concurrency off.',

  // yaml-syntax
  'yaml.binary': 'This is not a text file (it holds binary data). A playbook is a UTF-8 YAML text file.',
  'yaml.empty': 'The file is empty. Start a playbook with `crisis init`, or copy one from playbooks/.',
  'yaml.notMapping': 'A playbook is a mapping of keys (version, brand, channels…), not a single value or a list.',
  'yaml.multipleDocuments': 'A second YAML document starts here (`---`). Keep one playbook per file.',
  'yaml.duplicateKey': 'This key appears twice in the same mapping. Keep one and delete the other.',
  'yaml.tab': 'A tab is used for indentation. YAML only allows spaces: replace the tab with spaces.',
  'yaml.unclosedQuote': 'A quote opened earlier is never closed. Close it on the line where the text ends.',
  'yaml.missingChar':
    'Something is missing here: a colon after a key, a closing ] or }, a comma between items, or a space after a colon or before a # comment. Check this line.',
  'yaml.badIndent':
    'The indentation is wrong here. Line up keys of the same mapping, and close a list in [ ] or a mapping in { } on the line it opens.',
  'yaml.unexpected': 'Unexpected text here. Check the quotes and the indentation of this line and the one above.',
  'yaml.implicitKey':
    'This line is neither a key with its value (key: value) nor a list item (- item). Add the colon, or indent the line under its key.',
  'yaml.nestedColon':
    'This value holds a colon followed by a space, which starts another mapping here. Put the value in quotes.',
  'yaml.reservedStart':
    'A value cannot start with @, `, % or another character YAML reserves unless it is in quotes. Put the value in quotes.',
  'yaml.badEscape':
    'A backslash in double quotes starts an escape such as \\n, and this one is not valid. Write \\\\ for a backslash, or use single quotes.',
  'yaml.blockInFlow':
    'Inside [ ] or { } the items are separated by commas, on one line or more. Add the missing comma, or write the list as "- item" lines.',
  'yaml.badProperty': 'A value here has two anchors (&name) or two tags (!tag), or an empty one. Keep one.',
  'yaml.unknownTag':
    'The tag {tag} is none that a plan uses: crisis reads plain YAML values. Remove the tag, or put the value in quotes.',
  'yaml.badAlias':
    'The alias *{name} names no anchor: no value before it is marked &{name}. Mark the value it repeats with &{name}, or write the value out.',
  'yaml.aliasBomb':
    'The file expands its aliases (*name) too many times, as a "billion laughs" attack does. Write the values out instead of repeating aliases.',
  'yaml.tooDeep':
    'The plan nests more than {max} levels deep here, where a plan needs a few: check the indentation, or a run of brackets.',
  'yaml.generic': 'This is not valid YAML: {detail}.',

  // schema
  'schema.unknownKey':
    'Unknown key "{key}" in {parent}. Known keys: {known}. (Keys starting with x- are allowed for your own data.)',
  'schema.unknownKeySuggest': 'Unknown key "{key}" in {parent}. Did you mean "{suggestion}"?',
  'schema.colonInText':
    'YAML read "{key}" as a key: a ": " inside a text, or a comma inside { … }, splits it. Put the whole text in quotes.',
  'schema.missingKey': 'Missing required key "{key}" in {parent}.',
  'schema.expectedText': '{where} must be text, not {value}.',
  'schema.expectedNumber': '{where} must be a whole number, not "{value}".',
  'schema.expectedBoolean': '{where} must be true or false, not "{value}".',
  'schema.expectedList': '{where} must be a list (items starting with "- "), not {value}.',
  'schema.expectedMapping': '{where} must be a mapping of keys (key: value), not {value}.',
  'schema.wrongType': '{where} has the wrong type: expected {expected}, found {received}.',
  'schema.quoteIt':
    '{where} must be text, but {value} was read as a number or true/false. Put it in quotes: "{value}".',
  'schema.oneOf': '{where} is "{value}", which is not allowed. Use one of: {options}.',
  'schema.oneOfSuggest': '{where} is "{value}". Did you mean "{suggestion}"? (one of: {options})',
  'schema.tooFewItems': '{where} needs at least {minimum:# item|# items}.',
  'schema.tooSmall': '{where} must be at least {minimum}, not {value}.',
  'schema.empty': '{where} is empty. Write something, or remove the key.',
  'schema.slug':
    '{where} is "{value}", which is not a valid id. Use lowercase letters, digits and dashes (e.g. "possible-crisis").',
  'schema.duration': '{where} is "{value}", which is not a duration. Write it like 15m, 2h, 1h30m or 1d.',
  'schema.durationZero': '{where} is "{value}": a duration must be more than 0. Write it like 15m, 2h or 1d.',
  'schema.watchEvery':
    '{where} is "{value}": feeds are polled at most every 5 minutes. Write 5m or more (15m is usual).',
  'schema.durationTooLong': '{where} is "{value}", longer than a duration may be. Write at most 366 days (366d).',
  'schema.url':
    '{where} is "{value}", which is not a web address. Write it in full, starting with https://, with no spaces.',
  'schema.email': '{where} is "{value}", which is not an email address.',
  'schema.phone':
    '{where} is "{value}", which is not a phone number. Use digits, spaces and an optional leading + (e.g. "+34 600 111 222"), in quotes.',
  'schema.hashtag': '{where} is "{value}": a hashtag starts with # and has no spaces (e.g. "#BakeryNews"), in quotes.',
  'schema.language':
    '{where} is "{value}", which is not a language tag crisis can use. Write a tag such as es, es-ES, es-MX or en-GB, not the name of the language.',
  'schema.timezone': '{where} is "{value}", which is not a time zone. Use an IANA name such as Europe/Madrid.',
  'schema.date': '{where} is "{value}", which is not a date. Write it as YYYY-MM-DD.',
  'schema.yamlDate':
    '{where} was read as a date, not as text: YAML does that under `%YAML 1.1` or with `!!timestamp`. Put it in quotes: "{value}".',
  'schema.variableName':
    'The variable name "{value}" cannot be used in a template. Use letters, digits and _ (e.g. customer_name).',
  'schema.variableReserved':
    'Response "{id}" names a variable "{name}", which is also a group of fields every template reads ({roots}): {{{name}.…}} would mean two things. Rename the variable (e.g. {name}_text) and use that name in the text.',
  'schema.version':
    'Playbook format version {value} is not supported: this crisis reads version 1, written as a number. Write "version: 1", without quotes.',
  'schema.protoKey':
    'The key "__proto__" in {parent} cannot be used: JavaScript reserves that name, and it would be dropped without a word. Give it another name.',
  'schema.textOrTemplate':
    'A response needs exactly one of "text" (the message itself) or "template" (a file beside the playbook).',
  'schema.severityUnique':
    'Another level already has severity {value}. Give each level its own severity (higher is worse).',
  'schema.topLevel': 'the top level',
  'schema.generic': 'Invalid value: {detail}.',

  // What an editor shows beside a value its pattern refuses (the JSON Schema's patternErrorMessage):
  // no key or value to name, as the editor underlines them itself.
  'jsonSchema.empty': 'Empty: write something, or remove the key.',
  'jsonSchema.slug': 'Not a valid id: use lowercase letters, digits and dashes (e.g. "possible-crisis").',
  'jsonSchema.duration': 'Not a duration of more than 0: write it like 15m, 2h, 1h30m or 1d.',
  'jsonSchema.url': 'Not a web address: write it in full, starting with https://, with no spaces.',
  'jsonSchema.email': 'Not an email address (e.g. "ana@example.com").',
  'jsonSchema.phone':
    'Not a phone number: use digits, spaces and an optional leading + (e.g. "+34 600 111 222"), in quotes.',
  'jsonSchema.hashtag': 'A hashtag starts with # and has no spaces (e.g. "#BakeryNews"), in quotes.',
  'jsonSchema.date': 'Not a date: write it as YYYY-MM-DD.',
  'jsonSchema.variableName': 'Not a variable name a template can use: letters, digits and _ (e.g. customer_name).',

  // Rules
  'rule.duplicateId': 'The id "{id}" is already used by entry {first} of {list}. Ids must be unique in a list.',
  'rule.unknownReference': '"{id}" names nothing in {list}. Known: {known}.',
  'rule.unknownReferenceSuggest': '"{id}" names nothing in {list}. Did you mean "{suggestion}"?',
  'rule.selfBackup':
    'Contact "{id}" is their own backup. Name another person who can stand in when they are unreachable.',
  'rule.contactUnreachable':
    'Contact "{id}" has neither phone nor email. Add at least one, so they can be reached during a crisis.',
  'rule.missingBackup':
    'Contact "{id}" is notified at the most severe level ("{level}") but has no backup. Add `backup:` with who stands in when they cannot be reached.',
  'rule.levelWithoutNotify':
    'Level "{id}" (severity {severity}) notifies nobody. Add `notify:` with the contacts who must know.',
  'rule.levelWithoutUpdates':
    'Level "{id}" (severity {severity}) sets no pace for public updates. Add `update_every:` (e.g. 20m for a crisis, 1h for a possible one).',
  'rule.slaOrder':
    'Level "{id}" allows {within} to respond, more than the milder level "{milder}" ({milderWithin}). A more severe level should respond faster.',
  'rule.duplicateFeedUrl': 'Feed "{name}" reads {url}, which feed "{first}" already reads. Remove one of the two.',
  'rule.duplicateFeedName':
    'Two feeds are named "{name}". Give each feed its own name: mentions say which feed they came from.',
  'rule.spikeEveryMention':
    '`alert.mentions` is 1, so every mention would be a spike. Write 2 or more: a flagged mention alerts on its own.',
  'rule.spikeWindowShort':
    '`alert.within` is {within}, shorter than the {every} between two polls, so such a burst would be seen only in part. Make it {every} or longer, or set `every:` lower (5m at least).',
  'rule.keywordsWithoutFeed':
    "The plan lists words to watch for but no feed to read them in, so crisis watch has nothing to poll. Add `monitoring.feeds`: Google Alerts delivered as a feed, a Mastodon tag (https://<server>/tags/<tag>.rss), a Reddit or Hacker News search feed, a blog's comments feed (see docs/watch.md).",
  'rule.levelUnreachable':
    'No triage option leads to level "{id}". Add an option with `level: {id}`, or remove the level.',
  'rule.templateMissing': 'Template file "{path}" does not exist. Create it beside the playbook, or fix the path.',
  'rule.templateOutside':
    'Template path "{path}" leaves the playbook\'s folder. Keep templates inside it (e.g. templates/statement.hbs).',
  'rule.templateUnreadable': 'Template file "{path}" cannot be read. Check its permissions.',
  'rule.templateBinary': 'Template file "{path}" is not a UTF-8 text file.',
  'rule.templateNotFile':
    'Template "{path}" is not a regular file (a folder, a pipe or a device). Point it at a text file.',
  'rule.unusedVariable':
    'Variable "{name}" is declared in response "{id}" but its text never uses it. Use {{{name}}} in the text, or remove it.',
  'rule.unapprovedResponse':
    'Response "{id}" has no `approved_by`. Have it approved before a crisis, so it can be published without waiting.',
  'rule.controlChar':
    'Response "{id}" contains the control character {char}: invisible in a post, garbled on a terminal. Remove it; a message to publish must not hold control characters.',
  'rule.controlCharExample':
    'The example of variable "{name}" in response "{id}" contains the control character {char}. Remove it.',

  // Templates
  'template.parse': 'The template cannot be read by Handlebars: unexpected {detail}. Check that every {{ has its }}.',
  'template.unclosed':
    'The template ends before a block is closed. Close every {{#if}} with {{/if}} and every {{#each}} with {{/each}}.',
  'template.tooDeep':
    'The template nests blocks more than {max} deep here. Flatten it: a message needs a few {{#if}}, one after the other.',
  'template.partial': 'Partials ({{> name}}) are not supported in templates. Write the text out.',
  'template.unknownHelper':
    'Unknown helper "{detail}". Templates may only use if, unless, with, lookup, and each in a report.',
  'template.undeclared':
    '"{name}" is neither a declared variable of response "{id}" nor brand.*, incident.* or channel.*. Declare it under `variables:`.',
  'template.unknownField':
    '"{name}" does not exist. Use brand.name / apology_url / hashtag, incident.id / summary / level / level_name / started_at / channel / link, or channel.id / name / format / max_length / url.',
  'template.brandFieldUnset': '"{name}" is used, but the brand does not set it. Add it under `brand:`.',
  'template.variableHasNoFields': '"{name}": a variable is plain text and has no fields. Use the variable alone.',
  'template.decorator': 'Decorators ({{* name}}) are not supported in templates. Write the text out.',
  'template.literal':
    '{detail} is a fixed value where the template needs a name: Handlebars would look it up and fail. Write {detail} as plain text, without braces.',
  'template.blockOnly': '"{detail}" is a block: write {{#{detail} value}}…{{/{detail}}}, not {{{detail} value}}.',
  'template.notBlock': '"{detail}" is not a block: write {{{detail} value "key"}}.',
  'template.arity': '"{detail}" takes exactly {count:# value|# values}, as in {example}.',
  'template.hash': 'Named arguments ({detail}=…) are not supported in responses.',
  'template.each':
    '{{#each}} has nothing to loop over in a response: every value it reads is a single text. Write the text out.',
  'template.section': '{{#{detail}}} is a section, which responses do not use. Write {{#if {detail}}}…{{/if}}.',
  'template.blockParams': 'Block parameters (as |name|) are not supported in responses. Use the value by its name.',
  'template.withObject':
    '{{#with}} takes brand, incident or channel, not "{detail}". For a text, write {{#if {detail}}}…{{/if}}.',
  'template.data':
    '"@{detail}" is not available in a response: it has no lists. Only @root.… is (e.g. @root.brand.name).',
  'template.climbs': '"{detail}" climbs out of a {{#with}} block that is not there. Remove the ../',
  'template.wholeContext':
    '"{detail}" is the whole set of values, not a text. Name one: a variable, brand.name, incident.link…',
  'template.lookupKey':
    'lookup needs its key in quotes, as in {{lookup brand "name"}}: a key computed while rendering cannot be checked.',
  'template.objectValue': '"{name}" is a group of fields, not a text. Use one of them: {fields}.',
  'template.channelFieldUnset':
    '"{name}" is used, but {count:channel|channels} {channels} {count:has|have} no {field}. Set it on the channel, or write {{#if {name}}}…{{/if}}.',
  'template.channelFieldInternal':
    '"{name}" is used, but a notice to the team, or a response with no channel, has no channel {field}. Write {{#if {name}}}…{{/if}}.',
  'template.renderFailed': 'The response cannot be rendered with its examples on channel {channel}: {detail}.',
  'template.reportField':
    '"{detail}" is not a field of the report here (a name inside {{#each}} or {{#with}} is a field of the item). docs/report-template.md lists them.',
  'template.renderError': 'Handlebars cannot render it: {detail}.',

  // Message checks (lint on examples; escalate before publishing)
  'check.tooLong':
    'Response "{id}" is {length} characters on {channel}, {over} over its limit of {max}. Shorten it, or move the details to the statement.',
  'check.apologyUrl':
    'Apology "{id}" on the short channel {channel} does not link the statement ({url}). Add {{brand.apology_url}}.',
  'check.apologyHashtag':
    'Apology "{id}" on the short channel {channel} lacks the hashtag {hashtag}. Add {{brand.hashtag}}.',
  'check.brandNoUrl':
    'Apology "{id}" may be published on the short channel {channel}, but the brand has no `apology_url` to link the full statement. Add it under `brand:`.',
  'check.brandNoHashtag':
    'Apology "{id}" may be published on the short channel {channel}, but the brand has no `hashtag`. Add it under `brand:`.',
  'check.avoidTopic': 'Response "{id}" mentions "{term}", a topic the policies say to avoid. Rephrase it.',
  'check.controlChar':
    'Response "{id}" on {channel} contains the control character {char}, from a value filled in. Remove it; a message to publish must not hold control characters.',

  // crisis render and commands that load a playbook
  'cmd.render.description': 'render one pre-approved response outside an incident, and check it for each channel',
  'cmd.render.response': 'the id of the response (see responses: in the playbook)',
  'cmd.render.var': 'a value for one of its variables; repeat for each',
  'cmd.render.channel': 'only this channel (default: every channel the response may use)',
  'cmd.render.playbook': 'the playbook file (default: ./crisis.yaml, else the one under ./playbooks)',
  'render.unknownResponse': 'No response "{id}" in the playbook. Did you mean: {suggestion}?',
  'render.unknownVar': 'Response "{id}" has no variable {names}. Its variables: {declared}.',
  'render.missingVar': 'Response "{id}" needs: {flags}.',
  'render.channelNotAllowed': 'Response "{id}" is not published on "{channel}". Its channels: {channels}.',
  'render.internal': 'the team',
  'playbook.which': 'Several playbooks here: {files}. Say which one with --playbook.',
  'playbook.hasErrors': '{file} has errors; fix them first (crisis lint {file}).',
  'playbook.hasWarnings': '{file} has {warnings:# warning|# warnings}; see crisis lint {file}.',

  'cmd.report.description':
    'write the report of an incident from its journal: Markdown, HTML (with a timeline), JSON or PDF',
  'cmd.report.id': 'the incident (default: the most recent)',
  'cmd.report.format': 'md (default), html, json or pdf (printed by the Chromium or Chrome on this machine)',
  'cmd.report.template': 'your own Handlebars template instead of templates/report.<format>.hbs',
  'cmd.report.out': 'write to this file instead of stdout',
  'cmd.report.redact':
    "hide phone numbers, email addresses and handles, except the brand's own (for reports that travel outside the team)",
  // What --redact writes where a detail was; in the report's language, and never holding an @ or a digit.
  'redact.phone': '[phone]',
  'redact.email': '[email]',
  'redact.handle': '[handle]',
  'reportCmd.none': 'No incident in {dir} yet. Run crisis escalate first.',
  'reportCmd.unknown': 'No incident {id} in {dir}. Incidents: {known}.',
  'reportCmd.open': 'Incident {id} is still open: the report shows it as it stands.',
  'reportCmd.drill': 'Incident {id} is a drill (run by escalate --script).',
  'reportCmd.written': 'Report written to {path}.',
  'reportCmd.template': 'Report template {path}:{line}:{column}: {message}',
  'reportCmd.templateRender': 'Report template {path} cannot be rendered: {detail}.',
  'reportCmd.templateWithJson':
    "--template does not go with --format json: JSON is the report's data itself, with no template. Leave out one of them.",
  'reportCmd.pdfToTerminal':
    'A PDF is not text to show in a terminal: write it to a file with --out report.pdf (or redirect it: > report.pdf).',
  'reportCmd.noBrowser':
    'No Chromium or Chrome found to print the PDF. {install} Or set CHROME_PATH to the browser program. Meanwhile, --format html writes a page any browser prints.',
  'reportCmd.installLinux':
    'Install one: sudo apt install chromium (Debian, Ubuntu), sudo dnf install chromium (Fedora).',
  'reportCmd.installMac':
    'Install Google Chrome from https://www.google.com/chrome/ (or brew install --cask google-chrome).',
  'reportCmd.installWindows': 'Install Google Chrome from https://www.google.com/chrome/ (Microsoft Edge works too).',
  'reportCmd.browserNotProgram':
    '{variable} is {path}, which is not a program that can run. Point it to Chromium or Chrome, or unset it.',
  'reportCmd.browserFailed': 'Could not print the PDF with {path}: {detail}',

  // crisis report (labels of the report, in the playbook's language)
  'report.title': 'Incident report',
  'report.incident': 'Incident',
  'report.summary': 'Summary',
  'report.channel': 'Started on',
  'report.link': 'Link',
  'report.detected': 'First seen',
  'report.declared': 'Declared',
  'report.closedAt': 'Closed',
  'report.inProgress': 'in progress',
  'report.openWarning': 'This incident is still open: the report shows it as it stands.',
  'report.levels': 'Levels',
  'report.level': 'Level',
  'report.reason': 'Reason',
  'report.triage': 'Triage',
  'report.question': 'Question',
  'report.answer': 'Answer',
  'report.notified': 'Who was notified',
  'report.contact': 'Contact',
  'report.status': 'Status',
  'report.time': 'Time',
  'report.reached': 'reached',
  'report.unreachable': 'unreachable',
  'report.standsInFor': 'stood in for',
  'report.external': 'outside agency',
  'report.nobodyReached': 'Nobody could be reached for',
  'report.firstResponse': 'First public response',
  'report.due': 'Deadline',
  'report.met': 'met',
  'report.missed': 'missed',
  'report.pending': 'pending',
  'report.lateBy': 'late by',
  'report.steps': 'Steps',
  'report.step': 'Step',
  'report.done': 'done',
  'report.skipped': 'skipped',
  'report.later': 'later',
  'report.undone': 'Steps left undone',
  'report.departments': 'Departments',
  'report.department': 'Department',
  'report.asked': 'Asked',
  'report.answered': 'Answered',
  'report.noAnswer': 'no answer',
  'report.took': 'Took',
  'report.commitment': 'Commitment',
  'report.messages': 'Messages published',
  'report.responseBy': '{kind} on {channel}',
  'report.private': 'private reply',
  'report.internal': 'internal notice',
  'report.team': 'The team',
  'report.edited': 'edited before publishing',
  'report.promises': 'Promises and compensations',
  'report.to': 'To',
  'report.what': 'What',
  'report.approvedBy': 'Approved by',
  'report.honoured': 'honoured',
  'report.notHonoured': 'NOT honoured yet',
  'report.promiseKept': 'kept on time',
  'report.promiseKeptLate': 'kept {late} late',
  'report.promiseOpen': 'still open',
  'report.promiseOverdue': 'still open, {late} overdue',
  'report.promiseNoDue': 'no due date',
  'report.comments': 'Comments',
  'report.commentsReceived': 'Received',
  'report.commentsPublic': 'Answered in public',
  'report.commentsPrivate': 'Answered in private',
  'report.commentsReviewed': 'Reviewed',
  'report.commentsHidden': 'Hidden by the platform',
  'report.commentsBlocked': 'Blocked',
  'report.commentsWaiting': 'Still waiting',
  'report.commentsCoverage': 'Coverage (answered or reviewed, of received)',
  'report.commentsTime': 'Time to answer',
  'report.commentsTimeValue': 'median {median}, 90th percentile {p90}',
  'report.commentsFirstSeen': 'First seen by the watch',
  'report.commentsPerHour': 'Mentions per hour seen by the watch',
  'report.commentsEarly': '{early} before the incident was declared ({time}, {feed})',
  'report.commentsNone': 'No comment recorded.',
  'report.notes': 'Notes',
  'report.resolution': 'Resolution',
  'report.lessons': 'Lessons learned',
  'report.metrics': 'Metrics',
  'report.metricFirstResponse': 'Time to first public response',
  'report.metricReachEveryone': 'Time to reach everyone to notify',
  'report.metricStatement': 'Time to publish the statement',
  'report.metricDuration': 'Total duration',
  'report.metricDeadlines': 'Deadlines of the first response, steps and departments',
  'report.deadlinesCount': '{met} met, {missed} missed',
  'report.metricUpdates': 'Updates on time (from the first public response)',
  'report.updatesCount': '{onTime} of {due}',
  'report.metricSilence': 'Longest silence (from the first public response)',
  'report.updateLate': 'update {late} late',
  'report.none': '—',
  'report.notReached': '{time}; not reached: {names}',
  'report.timeline': 'Timeline',
  'report.timelineKey': 'Marks of the timeline, by number',
  // the report's timeline (report/timeline/): lanes, marks, milestones, legend, accessible text
  'timeline.lane.levels': 'Level',
  'timeline.lane.contacts': 'Contacts',
  'timeline.lane.steps': 'Steps',
  'timeline.lane.messages': 'Messages',
  'timeline.lane.promises': 'Promises, notes',
  'timeline.mark.level': 'Level: {name}',
  'timeline.mark.contact': '{name}: {status}',
  'timeline.mark.step': 'Step "{title}": {status}',
  'timeline.mark.stepLate': 'Step "{title}": done late (deadline {due})',
  'timeline.mark.message': 'Message on {channel}',
  'timeline.mark.internal': 'Notice to the team',
  'timeline.mark.promise': 'Promise to {to}: {what} ({state})',
  'timeline.mark.note': 'Note',
  'timeline.late': 'update sent late',
  'timeline.seen': 'First seen {time}',
  'timeline.deadline': 'Deadline {time}: {outcome}',
  'timeline.firstResponse': 'First public response {time}',
  'timeline.closed': 'Closed {time}',
  'timeline.open': 'Still open at {time}',
  'timeline.legend.level': 'Level change',
  'timeline.legend.reached': 'Contact reached',
  'timeline.legend.unreachable': 'Contact not reached',
  'timeline.legend.stepDone': 'Step done',
  'timeline.legend.stepLate': 'Step done late',
  'timeline.legend.stepSkipped': 'Step skipped or left for later',
  'timeline.legend.public': 'Public message',
  'timeline.legend.private': 'Private reply',
  'timeline.legend.internal': 'Notice to the team',
  'timeline.legend.late': 'Update sent late',
  'timeline.legend.promiseKept': 'Promise kept',
  'timeline.legend.promiseOpen': 'Promise not kept yet',
  'timeline.legend.promiseKeptLate': 'Promise kept late',
  'timeline.legend.promiseOverdue': 'Promise overdue',
  'timeline.legend.note': 'Note',
  'timeline.legend.band': 'Level: {name}',
  'timeline.title': 'Timeline of the incident, {from} to {to} ({duration})',
  'timeline.titleOpen': 'Timeline of the incident, {from} to {to} ({duration}), still open',
  'timeline.levelFrom': '{name} from {time}',
  'timeline.descLevels': 'Levels: {levels}.',
  'timeline.descCounts':
    '{contacts:# contact notified|# contacts notified}, {steps:# step|# steps}, {messages:# message|# messages}, {promises:# promise|# promises}, {notes:# note|# notes}.',
  'timeline.descFirst': 'First public response {time}, deadline {due}: {outcome}.',
  'timeline.descNoFirst': 'No public response yet, deadline {due}: {outcome}.',
  'timeline.descKey': 'Each mark has a number; the list below the picture says what it is.',
  'timeline.group': '{what} from {first} to {last} ({kinds})',
  'timeline.group.levels': '{count:# level change|# level changes}',
  'timeline.group.contacts': '{count:# contact|# contacts}',
  'timeline.group.steps': '{count:# step|# steps}',
  'timeline.group.messages': '{count:# message|# messages}',
  'timeline.group.promises': '{count:# promise or note|# promises and notes}',
  'timeline.mentions.lane': 'Mentions per hour',
  'timeline.mentions.bar': '{count:# mention|# mentions} seen by the watch from {from} to {to}',
  'timeline.mentions.desc': 'Mentions per hour, {count} in all; the most: {most}.',
  'report.generated': 'Times in',
  'report.outcome': 'Outcome',
  'report.fromFirstSeen': 'from first seen',
  'report.fromDeclared': 'from declared',
  'report.fromListed': 'each from when they were to be told',
  'report.inProgressAsOf': 'in progress, as of {time}',
  'report.levelChanged': 'interrupted by the change of level',
  'report.notDone': 'not done',
  'report.onDuty': 'On duty',
  'report.peak': 'peak',
  'reportText.executive': 'Level: {level}. First public response: {response}. {promises}.',
  'reportText.peak': '{level} (peak: {peak})',
  'reportText.met': 'on time',
  'reportText.missed': 'late by {late}',
  'reportText.pending': 'not out yet',
  'reportText.noDeadline': 'not timed (no level yet)',
  'reportText.promises': '{count:# promise not honoured yet|# promises not honoured yet}',
  'reportText.noPromises': 'No promise left open',
  'reportText.editedAfterCheck': 'edited after failing a check: {checks}',
  'reportText.check.message-too-long': 'too long for the channel',
  'reportText.check.apology-links': 'no statement link or hashtag',
  'reportText.check.avoid-topic': 'a topic to avoid',
  'reportText.check.control-character': 'a control character',

  // the interactive walkthrough
  'duration.days': '{count} d',
  'duration.hours': '{count} h',
  'duration.minutes': '{count} min',
  'walk.ask.editor': 'Your text',
  'walk.ask.link': 'Link to the post (empty if none)',
  'walk.ask.incidentLink': 'This message links the post that started the incident: paste its address',
  // A link typed by a person that reads as none (typed-link.ts): what to type instead.
  'link.invalid':
    '"{text}" is not a link: paste the post\'s address, such as https://x.com/ana/status/1 or x.com/ana/status/1.',
  'link.invalidOrNone':
    '"{text}" is not a link: paste the post\'s address, such as https://x.com/ana/status/1 or x.com/ana/status/1, or leave it empty if there is none.',
  'link.invalidList':
    '"{text}" is not a link: paste the posts\' addresses separated by spaces, such as https://x.com/ana/status/1 or x.com/ana/status/1, or leave it empty if there are none.',
  'walk.confirmPublish': 'It fails a check that should be fixed. Record it as published anyway?',
  'walk.recorded.promise': 'Promise recorded: {what}, to {to}. See it with: crisis promises',
  'walk.recorded.promiseDue': 'Promise recorded: {what}, to {to}, due {due}. See it with: crisis promises',
  'walk.recorded.answered': '{department} answered at {time}.',
  'walk.recorded.note': 'Note at {time}: {text}',
  'walk.recorded.levelRaised': 'Level raised to {level} at {time}, because: {reason}',
  'walk.recorded.levelLowered': 'Level lowered to {level} at {time}, because: {reason}',
  'walk.recorded.levelSet': 'Level set to {level} at {time}, because: {reason}',
  'walk.recorded.published': 'Published on {channel} at {time}.',
  'walk.recorded.sentPrivately': 'Sent privately on {channel} at {time}.',
  'walk.recorded.sentToTeam': 'Sent to the team at {time}.',
  'walk.recorded.leftOut': 'Left out: {channel}, not published.',
  'walk.recorded.teamLeftOut': 'Not sent to the team.',
  'walk.recorded.stepDone': 'Done at {time}: {title}',
  'walk.recorded.stepSkipped': 'Skipped at {time}: {title}, because: {reason}',
  'walk.recorded.closed': 'Closed at {time}: {resolution}',
  'walk.recorded.lessons': 'Lessons learned: {lessons}',
  'walk.recap.draft': 'Incident {id}, not yet opened: {summary}',
  'walk.openIncident': 'Incident {id} is still open: {summary}. To continue it instead: {command}',
  'walk.department.standIn': '{lead} is unreachable: ask {name}',
  'walk.ask.summary': 'What is happening, in one line? (paste the link to the post too, if there is one)',
  'walk.ask.channel': 'Where did it start?',
  'walk.channel.other': 'Somewhere else (type it)',
  'walk.ask.channelOther': 'Where did it start?',
  'walk.ask.detected': 'When did the team first see it? (empty: now, {now}; a time like 21:05; or -20m)',
  'walk.invalid.detected':
    'Write a time like 21:05, a date and time like 2026-11-22 21:05, or -20m; or leave it empty for now ({now}).',
  'walk.invalid.future':
    'That time has not come yet: it is {now} now. For yesterday, write the date too ({yesterday} 23:50) or -40m.',
  'walk.detectedEcho': 'First seen: {time}.',
  'walk.triage.result': 'Level: {level}, because: {because}',
  'walk.triage.override': 'To choose another level, pick "Change the level" at any question; the reason is recorded.',
  'walk.ask.level': 'Which level?',
  'walk.ask.reason': 'Why? (it is recorded)',
  'walk.deadline.left': '⏱ {level}: first public response by {due}',
  'walk.deadline.late': '⏱ {level}: first public response overdue since {due}',
  'walk.deadline.met': '✔ {level}: first public response due {due}, met: {by}',
  'walk.deadline.missed': '✖ {level}: first public response due {due}, missed by {late}: {by}',
  'walk.deadline.by': '{kind} on {channel} at {time}',
  'walk.update.left': '⏱ Next public update by {due}',
  'walk.update.late': '⏱ Next public update overdue since {due} (last public message at {since})',
  // a drill's transcript, read as of the script's clock: minutes left or late stay true there
  'walk.drill.deadlineLeft': '⏱ {level}: first public response by {due} ({left} left)',
  'walk.drill.deadlineLate': '⏱ {level}: first public response was due {due}: {late} late',
  'walk.drill.updateLeft': '⏱ Next public update by {due} ({left} left)',
  'walk.drill.updateLate': '⏱ Next public update was due {due}: {late} late (last public message at {since})',
  'walk.update.out': '✔ Last public message at {time}, on time (due {due}).',
  'walk.update.outLate': '✖ Last public message at {time}, {late} late (due {due}).',
  'walk.update.title': 'Public update: {title}',
  'walk.action.update': 'Publish an update now ({title})',
  'walk.next.update': 'the public update you started',
  'walk.ask.onDuty': 'Who is on duty, running this walkthrough?',
  'walk.onDuty.nobody': 'Someone not listed',
  'walk.onDutyReached': '{name} is on duty: counted as reached.',
  'walk.callNow': '{count:Call now:|Call them now, all at once:}',
  'walk.contact': '☎ {name}, {role}{org}: {reach}{backupFor}',
  'walk.contact.backupFor': ' (stands in for {name})',
  'walk.contact.organization': ' · {organization}',
  'walk.contact.external': ' (outside agency)',
  'walk.ask.contact': 'Did you reach {name}?',
  'walk.ask.reachedWho': 'Tick whom you reached (space, then Enter); the backups of the others come next',
  'walk.reached': 'Reached',
  'walk.unreachable': 'Unreachable: try their backup',
  'walk.chainExhausted': 'Nobody in the chain of {name} could be reached (no more backups). Keep trying, and note it.',
  'walk.chainLoop': 'The backups of {name} lead back to someone already tried. Keep trying, and note it.',
  'walk.step': '▶ {title}{owner}{due}',
  'walk.step.owner': ' · {name}',
  'walk.step.standIn': ' · {owner} is unreachable: {name} stands in',
  'walk.clock.otherDay': '{day}, {time}',
  'walk.step.due': ' · by {time}',
  'walk.step.overdue': ' · overdue since {time}',
  'walk.asked': 'Asked {department} ({lead}); they committed to answer within {within}.',
  'walk.late': '⚠ {department} is late: asked at {asked}, committed to {within}.',
  'walk.influencer': '★ {name} {handle} · {channel} · {reach} · {contact}',
  'walk.ask.var': '{description}{example}',
  'walk.example': ' (e.g. {example})',
  'walk.hint.more': 'Esc: later, skip, or another action',
  'walk.ask.stepMore': 'This step:',
  'walk.back': 'Continue with this step',
  'walk.hint.updateMore': 'Esc: no update now, or another action',
  'walk.hint.commentsBack': 'Esc: back to the comments',
  'walk.ask.updateMore': 'This update:',
  'walk.update.back': 'Continue with this update',
  'walk.update.drop': 'No update now (nothing is published)',
  'walk.recorded.updateDropped': 'No update published at {time}: {title}',
  'walk.ask.privateChannel': 'Send the private message on which channel?',
  'walk.noPrivateChannel':
    'Response "{id}" is a private reply, but none of its channels carries private messages. Send it another way, then mark the step.',
  'walk.message.public': 'To publish on {channel}',
  'walk.message.private': 'Private message on {channel}',
  'walk.message.internal': 'To send to the team',
  'walk.team': 'the team',
  'walk.check.url': 'It does not link the statement: add {url}',
  'walk.check.hashtag': 'It lacks the hashtag: add {hashtag}',
  'walk.check.tooLong': 'It is {length} characters, {over} over the limit of {max}: shorten it',
  'walk.check.topic': 'It mentions "{term}", a topic to avoid: rephrase it',
  'walk.check.control': 'It contains the control character {char}: remove it',
  'walk.ask.message': 'This message for {channel}:',
  'walk.publish': 'Published: record it',
  'walk.sentPrivately': 'Sent privately: record it',
  'walk.sentToTeam': 'Sent to the team: record it',
  // a message wrapped to fit the frame
  'walk.frame.rewrapped': 'Lines are broken to fit the screen: to post it word for word, use "{copy}".',
  'walk.frame.more': '▼ Enter: the rest of the message ({page}/{pages})',
  'walk.frame.choices': '▼ Enter: what to do with it',
  'walk.frame.noText': 'Nothing is typed here: press Enter to go on.',
  'walk.copy': 'Copy it to the clipboard',
  'walk.compose': 'Open the {channel} compose page with it',
  'walk.edit': 'Edit it first',
  'walk.skipChannel': 'Not on this channel',
  'walk.skipTeam': 'Do not send it',
  'walk.ask.edit': 'Your text (Tab: start from the message)',
  'walk.ask.links': '{count:Link to the post on {channels}|Links to the posts on {channels}} (paste; empty if none)',
  'walk.ask.stepStatus': 'This step:',
  'walk.done': 'Done',
  'walk.skipped': 'Skipped (say why)',
  'walk.later': 'Later',
  'walk.interrupted':
    '"{title}" was interrupted by the change to {level}: it is kept for later, with the answers given.',
  'walk.ask.close': 'Every step of this level is handled.',
  'walk.close': 'Close the incident',
  'walk.doNow': 'Do now: {title}',
  'walk.ask.resolution': 'How was it resolved?',
  'walk.ask.lessons': 'Lessons learned (what to change in the plan)',
  'walk.action.note': 'Add a note',
  'walk.action.promise': 'Record a promise or compensation',
  'walk.action.level': 'Change the level',
  'walk.action.answered': 'A department answered',
  'walk.action.tellLate': 'Tell {name} that a department is late',
  'walk.action.pause': 'Pause and quit (resume later)',
  'walk.action.comments': 'Answer comments ({count} waiting)',
  'walk.action.commentsNone': 'Comments: add one by its link',
  'walk.comments.waiting': '💬 {count:# comment waiting|# comments waiting}',
  'walk.comments.late': '{count:# late|# late}: waiting longer than {within}',
  'walk.comments.pick': 'Which comment? (oldest first)',
  'walk.comments.add': 'Add a comment (paste its link)',
  'walk.comments.back': 'Back',
  'walk.comments.late.mark': 'LATE',
  'walk.comments.empty': '(no text)',
  'walk.ask.commentLink': 'Link of the comment:',
  'walk.ask.commentText': 'Its words (Enter to leave them out):',
  'walk.comments.ask': 'What did you do with it?',
  'walk.comments.do.public': 'Answered it in public',
  'walk.comments.do.private': 'Answered it in private',
  'walk.comments.do.reviewed': 'Reviewed: it needs no answer',
  'walk.comments.do.hidden': 'The platform hid it',
  'walk.comments.do.blocked': 'Blocked its author (last resort)',
  'walk.comments.do.delete': 'Delete it',
  'walk.comments.with': 'With which words?',
  'walk.comments.ownText': 'My own words',
  'walk.ask.commentAnswer': 'The answer as you wrote it:',
  'walk.ask.commentChannel': 'On which channel?',
  'walk.ask.reviewReason': 'Why does it need no answer?',
  'walk.comments.anyway': 'It mentions a topic to avoid. Record it as sent anyway?',
  'walk.comments.recorded': 'Comment {id}: {status}. {count:# comment waiting|# comments waiting}.',
  'walk.ask.note': 'Note',
  'walk.ask.promiseTo': 'Promised to whom?',
  'walk.ask.promiseWhat': 'What was promised?',
  'walk.ask.promiseDue': 'Due when? 48h, 2d, 18:00 or 2026-11-24 18:00, brand time; Enter takes',
  'walk.ask.promiseDueNone': 'Due when? 48h, 2d, 18:00 or 2026-11-24 18:00, brand time (Enter: no due date)',
  'walk.invalid.due':
    'Type a duration such as 48h or 2d, a time such as 18:00, or a date and time such as 2026-11-24 18:00.',
  'walk.invalid.duePast':
    'That time has already passed (it is {now}): type a time still to come, or a duration such as 48h.',
  'walk.invalid.dueFar': 'That is more than a year away: type a nearer time.',
  'walk.ask.promiseBy': 'Approved by',
  'walk.compensation': 'Compensation policy: approved by {name}{max}.',
  'walk.ask.department': 'Which department answered?',
  'walk.toldLate': 'Told {name} that {departments} answered late.',
  'walk.recap.title': 'Incident {id}: {summary}',
  'walk.recap.opened': 'First seen at {seen} · level: {level}',
  'walk.recap.reached': 'Reached: {names}',
  'walk.recap.notReached': 'Not reached: {names}',
  'walk.recap.done': 'Done: {steps}',
  'walk.recap.later': 'Left for later: {steps}',
  'walk.recap.next': 'Next: {next}',
  'walk.next.triage': 'the triage questions',
  'walk.next.level': 'choosing the level',
  'walk.next.levelReason': 'the reason for the change to {level}',
  'walk.next.promise': 'the promise you were recording',
  'walk.next.notify': 'calling {name}',
  'walk.next.close': 'closing the incident',
  'walk.paused': 'Saved. Continue with: {command}',
  'walk.nothingSaved': 'Nothing was saved: the incident had not started.',
  'walk.closed': 'Incident {id} is closed. Its journal is {journal}.',
  'walk.copied': 'Copied to the clipboard.',
  'walk.copied.osc52':
    "Sent to your terminal's clipboard (OSC 52). If your terminal does not accept it (tmux needs `set -g set-clipboard on`), select the text between the lines.",
  'walk.composeOpened': 'Opened {url}',
  'walk.composeUrl': 'Open this page to post it: {url}',
  'walk.reportHint': 'Write its report with: {command}',
  // the person on duty, told apart from the others they would otherwise be sent to
  'walk.you.stepStandIn': ' · {owner} is unreachable: you stand in',
  'walk.you.departmentStandIn': '{lead} is unreachable: you stand in',
  'kind.acknowledgement': 'acknowledgement',
  'kind.apology': 'apology',
  'kind.update': 'update',
  'kind.private-reply': 'private reply',
  'kind.internal': 'internal notice',
  'kind.closing': 'closing message',
  // a text of several lines: which editor opens, and how to leave it
  'prompt.editor.nano': 'It opens in nano: Ctrl-O saves, Ctrl-X leaves.',
  'prompt.editor.own': 'It opens in {editor}: save and close it to go on.',
  'prompt.editor.failed': '{editor} could not be opened ({reason}).',
  'prompt.editor.lines':
    'Type the text line by line (pasted lines are kept). End with a line holding only "." or with Ctrl-D on an empty line; "." at once keeps the text as it is.',
  'prompt.key.space': 'space',
  'prompt.key.navigate': 'navigate',
  'prompt.key.select': 'select',
  'prompt.key.submit': 'submit',
  'prompt.key.all': 'all',
  'prompt.key.invert': 'invert',
  'escalate.noOpenIncident': 'No open incident to resume in {dir}.',
  'escalate.unknownContact': 'No contact "{id}" in the playbook (--as). Its contacts: {known}.',
  'escalate.unknownIncident': 'No incident {id} in {dir}. Open ones: {open}.',
  'escalate.alreadyClosed': 'Incident {id} is already closed.',
  'escalate.scriptDiverges':
    'The script {script} no longer matches drill {id}: its journal {file} differs at line {line}, before the point where the drill stopped. Run the script as a new drill, or remove this one with crisis incidents discard {id}.',
  'escalate.resumeNotDrill':
    'Incident {id} is a real incident, not a drill: a script continues only a drill it started. Continue it on a terminal with crisis escalate --resume {id}.',

  // escalate --script
  'cmd.escalate.description':
    'walk through an incident, from triage to the checked apology, with a journal that loses nothing',
  'cmd.escalate.as': 'the contact id of the person on duty (never asked whether they reached themselves)',
  'cmd.escalate.resume': 'continue an open incident where it stopped (the most recent one without ID)',
  'cmd.escalate.script': 'take the answers from a script file (see docs/escalate-script.md)',
  'cmd.escalate.incidentsDir': 'where incident journals go (default: incidents/ beside the playbook)',
  'cmd.escalate.allowWarnings': 'publish a message even when a check that is a warning (a topic to avoid) fails',
  'escalate.needsScript':
    'crisis escalate asks questions, and this is not a terminal. Give the answers with --script <file>.',
  'escalate.open': 'Incident {id} is open; its journal is {journal}.',
  'escalate.keptJournal': 'Everything done until then is in {journal} (incident {id}).',
  'escalate.drillHint':
    'Add what is missing to the script and continue this drill with: crisis escalate --script {script} --resume {id} (or remove it with crisis incidents discard {id}).',
  'cmd.escalate.takeOver':
    'take over an incident whose lock a crisis process on another machine holds (only when that session is over)',
  'script.time': '{where} is "{value}": write a time as 2026-11-22T21:10:00+01:00, or +30m from the start.',
  'script.due':
    '{where} is "{value}": write a due time as a duration after the promise (48h, 2d) or as 2026-11-24T18:00:00+01:00.',
  'script.duePast': '{key} is {value}, not after the promise was made: a promise falls due after it is made.',
  'script.version':
    'Escalation script format version {value} is not supported: this crisis reads version 1, written as a number. Write "version: 1", without quotes.',
  'script.binary': 'This is not a text file (it holds binary data). An escalation script is a UTF-8 YAML text file.',
  'script.empty': 'The script is empty. Start from the example in docs/escalate-script.md.',
  'script.notMapping':
    'An escalation script is a mapping of keys (version, incident, steps…), not a single value or a list.',
  'script.isPlaybook':
    'This file is a playbook, not an escalation script (it has {keys}). Give the plan with --playbook and the answers with --script; see docs/escalate-script.md.',
  'script.stuck':
    'The run stopped at {key}: it came back to that question with no new answer. Everything done so far is in the journal.',
  'script.timeTooFar':
    '{where} is "{value}", more than 366 days from the script\'s start. A drill spans at most 366 days.',
  'script.unknownName': '{key}: "{id}" names nothing in the playbook\'s {list}. Known: {known}.',
  'script.missing': 'The script does not answer this question. Add {key} to the script{value}.',
  'script.commentRefused':
    'The comment queue refused what {key} says was done (the reason is above): change it in the script.',
  'script.unknownOption':
    '{key} is "{value}", which is none of the question\'s options: {options}. Use an option\'s label or its number.',
  'script.noUpdate':
    '{key}: the plan has no response of kind update for level "{level}". Add one to the plan, or remove this update.',
  'script.unknownVar': '{key} is not a variable of this response. Its variables: {value}.',
  'script.backwards': "{key} is {value}, earlier than the script's clock: times only move forward.",
  'script.invalid': '{key} is "{value}", which the walkthrough refuses: {reason}',
  'script.afterClose':
    '{key} happens after the incident closed (close.at), when nothing more can be recorded. Move it before close.at, or close later.',
  'script.checkFailed': 'The message of {key} on {value} fails a check: ',
  'script.notOnChannel':
    '{key}: response "{response}" does not go out on {value} here; it goes out on {known}. Remove {value} from the script, or add the channel in the playbook to the response\'s channels and to the step\'s, if it names any.',
  'script.noPrivateMessages':
    '{key}: step "{step}" sends a private reply, and {channel} takes no private messages. Channels it can use: {known}. (A channel that does says private_messages: true in the playbook.)',

  // incident journals
  'cmd.option.json': 'print the data as JSON, for other tools',
  'cmd.incidents.description':
    'list incidents, open ones first, with when first seen, level, age and whether the response deadline was met',
  'cmd.watch.description':
    "poll the feeds of monitoring.feeds for mentions of the plan's keywords and hashtags, and say when one is flagged or they spike",
  'cmd.watch.playbook': 'the playbook (default: the crisis.yaml found here)',
  'cmd.watch.once':
    'poll once and exit: 0 nothing needs attention, 1 a flagged mention or a spike, 2 could not run (for cron and CI)',
  'cmd.watch.format': 'output format: stylish or json',
  'cmd.watch.watchDir': 'folder of the mention store (default: watch/ beside the playbook)',
  'cmd.escalate.fromMention': 'open an incident from a mention crisis watch stored, its summary and link filled in',
  'cmd.promises.description':
    'list the promises made during incidents and not yet honoured, the most urgent first; --ics writes them as a calendar',
  'cmd.promises.done': 'record a promise as honoured (also after its incident is closed)',
  'cmd.promises.id': 'the promise id, as `crisis promises` lists it',
  'cmd.promises.all': 'also list the promises already honoured',
  'cmd.promises.ics':
    "write the promises, and each open incident's next update, as a calendar file (iCalendar): to file, promises.ics without one, - for stdout",
  'cmd.incidents.discard': 'remove the journal of a drill (of a real incident, only once confirmed)',
  'cmd.incidents.id': 'the incident id, as crisis incidents lists it',
  'cmd.incidents.yes': 'confirm removing a real incident without being asked',
  'cmd.comments.description':
    'list the comments, mentions and messages an incident must answer, waiting first (crisis never posts, hides, blocks or deletes anything itself)',
  'cmd.comments.incident': 'the incident (the open one by default)',
  'cmd.comments.watchDir': 'the folder where crisis watch keeps its mentions (watch/ beside the plan)',
  'cmd.comments.add': 'add a comment to the queue by its link (also from a second terminal while the walkthrough runs)',
  'cmd.comments.link': 'the address of the comment',
  'cmd.comments.words': 'its words, if you like',
  'cmd.comments.author': 'who wrote it',
  'cmd.comments.done':
    'record what you did with a comment: answered in public or in private, reviewed, hidden by the platform, or blocked',
  'cmd.comments.id': 'the comment id, as crisis comments lists it (its first characters will do)',
  'cmd.comments.answered': 'what you did: public, private, reviewed, hidden or blocked',
  'cmd.comments.reason': 'why: spam, duplicate or answered-elsewhere for reviewed; in your words for hidden or blocked',
  'cmd.comments.response': 'the pre-approved response you answered with',
  'cmd.comments.text': 'the answer in your own words',
  'cmd.comments.channel': 'the channel you answered on (taken from the link when it can be)',
  'cmd.comments.var': "a value for the response's variable (repeat for each)",
  'cmd.comments.yes': 'confirm a block, or an answer naming a topic to avoid, without being asked',
  'cmd.comments.delete': 'comments are never deleted: says why, and what to do instead',
  'incidents.none': 'No incident recorded yet.',
  'incidents.open': 'OPEN  ',
  'incidents.closed': 'closed',
  // a journal stopped before the incident was opened
  'incidents.unfinished': 'NOT OPENED',
  'incidents.resume': 'continue with: {command}',
  'incidents.private': '{count:# private reply|# private replies}',
  'incidents.deadline.met': 'deadline met',
  'incidents.deadline.missed': 'deadline missed',
  'incidents.deadline.pending': 'deadline pending',
  'incidents.update.next': 'next update by {due} ({left} left)',
  'incidents.update.late': 'update {late} late (due {due})',
  'incidents.update.nextOn': 'next update by {day}, {due} ({left} left)',
  'incidents.update.lateOn': 'update {late} late (due {day}, {due})',
  'incidents.drills': 'Drills (exercises run by escalate --script); remove one with crisis incidents discard ID:',
  'incidents.discarded': 'Removed {id} ({file}).',
  'incidents.discardConfirm': '{id} ("{summary}") is a real incident, not a drill. Remove its journal for good?',
  'incidents.discardRefused':
    '{id} is a real incident, not a drill, so it is kept. To remove it anyway, confirm on a terminal or add --yes.',
  'incidents.discardKept': 'Kept {id}.',
  'watch.noFeeds':
    '{file} names no feed to watch. Add `monitoring.feeds` with the address and name of each (Google Alerts as a feed, a Mastodon tag, a Reddit search: see docs/watch.md).',
  'watch.noTerms':
    '{file} has feeds but no keyword or hashtag to look for in them. Add `monitoring.keywords` or `monitoring.hashtags`.',
  'watch.needsOnce':
    'crisis watch keeps polling only on a terminal. For cron, CI or a pipe, poll once with --once (and --format json for other tools).',
  'watch.storeDamaged': 'Skipped damaged lines of {file} (line {lines}): they are not mentions crisis can read.',
  'watch.feed.ok': 'Feed "{name}": {items:# item|# items}, {fresh:# new mention|# new mentions}.',
  'watch.feed.unchanged': 'Feed "{name}": unchanged since the last poll.',
  'watch.feed.waiting': 'Feed "{name}": skipped until {until}, as its server asked.',
  'watch.feed.failed': 'Feed "{name}" ({url}): {why}',
  'watch.fail.timeout': 'the server did not answer in time.',
  'watch.fail.tooBig': 'the answer is larger than 5 MB, more than a feed needs; not read.',
  'watch.fail.dns': 'no such server (check the address).',
  'watch.fail.network': 'could not connect ({code}).',
  'watch.fail.scheme': 'a redirect leads to {url}, which is not http or https; not followed.',
  'watch.fail.redirects': 'more than {count} redirects; check the address.',
  'watch.fail.status': 'the server answered {status}.',
  'watch.fail.notFeed': "the answer is not an RSS, Atom or JSON feed (is the address the feed's, not its page?).",
  'watch.fail.malformed': 'the XML is broken at line {line} ({detail}); not read.',
  'watch.fail.externalEntity': 'the feed asks to include an outside file (an external entity); refused.',
  'watch.fail.stopped': 'stopped before it answered.',
  'watch.flagged': 'FLAGGED: {flags}',
  'watch.summary': '{fresh:# new mention|# new mentions} ({flagged} flagged) from {feeds:# feed|# feeds}.',
  'watch.spike': 'Spike: {count} mentions within {within} (the alert is {mentions}).',
  'watch.openFromFlagged': 'Open an incident from the first flagged mention: {command}',
  'watch.openFromSpike': 'Open an incident from the first mention of the spike: {command}',
  'watch.locked':
    'Another crisis watch (pid {pid}) is polling {dir} now, and will report what it finds. Run again once it is done.',
  'watch.dirIsIncidents':
    '{dir} is the incidents folder: crisis watch keeps its mentions apart from the incident journals. Choose another --watch-dir.',
  'watch.blind': 'No feed could be read: nothing was watched. Check the addresses and the network.',
  'watch.watching': 'Watching {feeds:# feed|# feeds}, every {every}. Ctrl-C stops.',
  'watch.stopped': 'Stopped watching. What was seen is kept.',
  'watch.unknownMention':
    'No mention "{id}" in {file}. Run crisis watch first, or copy the id from its output (--format json lists them).',
  'promises.none': 'No promise waiting to be honoured.',
  'promises.row': 'to {to}: {what} · approved by {by} · incident {incident}: {summary}',
  'promises.due': 'due {due} ({relative})',
  'promises.noDue': 'no due date',
  'promises.left': 'in {time}',
  'promises.late': '{time} late',
  'promises.onTime': 'on time',
  'promises.minutes': '{count:# min|# min}',
  'promises.hours': '{count:# h|# h}',
  'promises.days': '{count:# day|# days}',
  'promises.status.overdue': 'OVERDUE',
  'promises.status.due-soon': 'due soon',
  'promises.status.open': 'open',
  'promises.status.no-due': 'open',
  'promises.status.kept': 'kept',
  'promises.status.kept-late': 'kept late',
  'promises.drills': 'From drills (exercises run by escalate --script):',
  'promises.icsWritten':
    'Calendar written: {file} ({count:# promise|# promises}, {events:# update deadline|# update deadlines}). Import it again after a change: each entry keeps its id, so it is updated, not duplicated.',
  'promises.icsNothing':
    'Nothing to export: no promise made in a real incident, and no update deadline. No calendar written.',
  'promises.icsDrills':
    '{count:# promise|# promises} made in drills left out of the calendar: a drill promises nothing to anyone.',
  'ics.calendar': '{brand}: promises and updates',
  'ics.todo': 'Promise to {to}: {what}',
  'ics.todoDescription':
    '{what}\nPromised to: {to}\nApproved by: {by}\nIncident {incident}: {summary}\nOnce honoured: crisis promises done {id}',
  'ics.alarm': 'Due in an hour: {what}, to {to}',
  'ics.update': 'Next public update due: {summary}',
  'ics.updateDescription':
    'Incident {incident}: {summary}\nPublish the next update: crisis escalate --resume {incident}',
  'promises.unknown': 'No promise "{id}". Promises: {known}.',
  'promises.already': 'Promise {id} was already recorded as honoured ({at}).',
  'promises.done': 'Promise {id} recorded as honoured.',
  'comments.title': 'Incident {id}: {summary} · {waiting:# comment waiting|# comments waiting} of {count}',
  'comments.none': 'No comment in the queue of incident {id} yet. Add one with crisis comments add LINK.',
  'comments.status.waiting': 'waiting',
  'comments.status.late': 'LATE',
  'comments.status.public': 'answered in public',
  'comments.status.private': 'answered in private',
  'comments.status.reviewed': 'reviewed',
  'comments.status.hidden': 'hidden by the platform',
  'comments.status.blocked': 'blocked',
  'comments.reason.spam': 'spam',
  'comments.reason.duplicate': 'a duplicate',
  'comments.reason.answered-elsewhere': 'already answered elsewhere',
  'comments.from': 'seen by the watch in {feed}',
  'comments.addedByHand': 'added by hand',
  'comments.addedByDrill': 'added by the drill',
  'comments.flagged': 'flagged',
  'comments.closedIncident':
    'Incident {incident} is closed: this changes its record and its report. Answering a late comment is right; open a new incident if a new crisis starts.',
  'comments.added': 'Comment {id} added to incident {incident}: {waiting:# comment waiting|# comments waiting}.',
  'comments.already': 'That link is already in the queue as {id} ({status}).',
  'comments.textNotKept': 'The text given was not kept: {id} keeps the one it was added with.',
  'comments.badLink':
    '"{link}" is not a link: paste the address of the comment (https://x.com/ana/status/2, or x.com/ana/status/2).',
  'comments.shortId':
    '"{id}" is too short to name a comment: give at least {min} characters of its id, as crisis comments lists it.',
  'comments.unknown': 'No comment "{id}" in incident {incident}. Run crisis comments to list them.',
  'comments.settled':
    'Comment {id} recorded as {status}. crisis records what you did; it never acts on a platform itself.',
  'comments.checkFailed': 'The answer fails a check that must be fixed; change it and record it again:',
  'comments.blockConfirm':
    'Blocking is the last resort: only for someone who keeps insulting after an apology and a solution. Record {id} as blocked?',
  'comments.blockRefused': 'Blocking is the last resort: confirm it on a terminal, or add --yes once you are sure.',
  'comments.anywayRefused':
    'The answer mentions a topic to avoid: change it, or confirm it on a terminal, or add --yes to record it as sent anyway.',
  'comments.answerKept': 'Not recorded: {id} stays as it was.',
  'comments.blockKept': 'Not blocked: {id} stays as it was.',
  'comments.damaged': 'Skipped {count:line|lines} {lines} of {file}: not what crisis writes there.',
  'comments.badAnswered': '"{value}" is not a state: use one of {states}.',
  'comments.needAnswered': 'Say what you did with --answered: one of public, private, reviewed, hidden, blocked.',
  'comments.noOpen': 'No open incident in {dir}: name one with --incident ID. Incidents: {known}.',
  'comments.rule.delete':
    'A comment is never deleted: deleting angers people more and looks like hiding. Answer it (in public or in private), mark it reviewed (spam, a duplicate, answered elsewhere), record that the platform hid it, or, as the last resort, block its author.',
  'comments.rule.settled': 'It is already settled: {status} ({at}).',
  'comments.rule.answered':
    'It was already answered ({status}): what is left is that the platform hid it, or, as the last resort, a block.',
  'comments.rule.noPrivate':
    'Channel {channel} carries no private messages: answer in public, or name a channel that does (--channel).',
  'comments.rule.blockFirst':
    'Block only after that person had an answer: apologise and offer a solution first (answered in public or in private), and block only if they keep insulting.',
  'comments.rule.reviewReason': 'Reviewed needs its reason: one of {reasons}.',
  'comments.rule.reason': 'Say why ({status} needs a reason, with --reason).',
  'comments.rule.answerText':
    'An answer needs its words: a pre-approved response (--response ID) or your own text (--text "…"), one of the two.',
  'comments.rule.unknownResponse': 'No response "{response}" in the plan. Responses: {responses}.',
  'comments.rule.missingVars': 'The response needs a value for {names}: give each with --var name=value.',
  'comments.rule.channel':
    "Which channel was it answered on? The link is none of the plan's channels: add --channel, one of {channels}; or, if you answered on the link's own network, add that network to the plan's channels: first.",
  'comments.rule.responseNotFit':
    'Response "{response}" does not fit a comment {status} on {channel}. Responses that fit: {responses}; or your own words (--text).',
  'comments.rule.noResponseFits':
    'Response "{response}" does not fit a comment {status} on {channel}, and none of the plan does: answer in your own words (--text).',
  'comments.rule.unknownChannel': 'No channel "{channel}" in the plan. Channels: {channels}.',
  'journal.truncated': '{file} ends with a partial line (the process was stopped while writing); it was skipped.',
  'journal.corrupt':
    'The journal {file} is damaged at line {line}: {reason}. Incident {id} is left out until that line is fixed or removed; the other incidents are not affected.',
  'journal.locked':
    'Another crisis process (pid {pid}) is working on this incident ({file}). Continue there, or stop it first.',
  'journal.lockedElsewhere':
    'A crisis process on {host} (pid {pid}, since {since}) holds the lock of {file}. If that session is over, run again with --take-over.',
  'journal.damagedIncident': 'The journal {file} is damaged at line {line}: {reason}. Fix or remove that line first.',
  'journal.unreadable': 'Cannot read the journal {file} ({reason}); it is left out.',
  'journal.lockImpossible':
    'The lock {lock} names pid {pid}, which no process can have. If nobody else is working on this incident, run again with --take-over.',
  'journal.lockUnreadable':
    'The lock {lock} cannot be read ({reason}). If nobody else is working on this incident, run again with --take-over.',
  'journal.lockNotLock':
    'The lock {lock} holds text that is no lock of crisis. If nobody else is working on this incident, run again with --take-over.',
  'journal.lockDangling':
    'The lock {lock} is a link to a file that does not exist. If nobody else is working on this incident, run again with --take-over.',
  'journal.lockIsFolder':
    'The lock {lock} is an empty folder, not a lock. If nobody else is working on this incident, run again with --take-over.',
  'journal.lockFolder':
    'The lock {lock} is a folder with files in it, not a lock. Move it out of the incidents folder, then run again.',
  'journal.duplicate':
    '{file} holds incident {id}, as {kept} does: only {kept} counts. Move the copy out of the incidents folder.',
  'journal.duplicateUnnamed':
    'Incident {id} is in {files}, and none is named {id}.jsonl: none counts until one is kept under that name.',
  'journal.noFreeId': 'Could not start a new incident journal in {dir}: every id drawn was taken.',
  'journal.damage.json': 'not JSON',
  'journal.damage.notEvent': 'not an event (a JSON object with a type)',
  'journal.damage.type': 'unknown event type {type}',
  'journal.damage.field': 'a "{type}" event whose field "{field}" is missing or not valid',
  'journal.damage.secondOpened': 'a second incident ({id}) opened in the same journal: one incident per file',
  'journal.damage.beforeOpened': 'a "{type}" event before the incident was opened',

  // crisis init
  'cmd.init.description': 'write a new crisis plan for your business, answering a few questions',
  'cmd.init.yes':
    "accept every default without asking, with --name (contacts stand as their roles, at role addresses on the business's domain)",
  'cmd.init.name': 'the name of the business',
  'cmd.init.from': 'start from a bundled example (es-optica-miravista, en-northside-bakery) or a plan folder',
  'cmd.init.dir': 'folder to write the plan in (default: the current folder)',
  'cmd.init.force': 'overwrite files that already exist',
  'init.needsName':
    'crisis init --yes needs the name of the business, and this is not a terminal to ask it. Pass --name "Your business".',
  'init.emptyName': 'The name of the business cannot be empty. Pass --name "Your business".',
  'init.needsTerminal':
    'crisis init asks questions, and this is not a terminal. Pass --yes to accept the defaults (with --name, --lang, --dir), or --from <example> to start from an example.',
  'init.wouldOverwrite':
    'These files already exist and were left untouched: {files}. Use --dir for another folder, or --force to overwrite them.',
  'init.unknownExample':
    'No plan found at "{value}". Bundled examples: {options}; or give a folder that holds a crisis.yaml.',
  'init.brokenExample': 'The plan in {path} does not pass crisis lint; fix it first, or start from a bundled example.',
  'init.created': 'Created:\n  {files}',
  'init.nextSteps':
    '\nNext steps:\n  1. Read {plan} and replace the example phone numbers, emails and addresses with your own.\n  2. Have the director approve each response (approved_by, approved_on).\n  3. Check it: {lint}\n  4. Keep it in git: {git}',
  'init.commitMessage': 'Crisis plan',
  'prompt.yes': 'Yes',
  'prompt.no': 'No',
  'init.ask.lang': 'Language of the plan',
  'init.lang.en': 'English',
  'init.lang.es': 'Spanish (español)',
  'init.ask.name': 'Name of the business',
  'init.ask.channels': 'Channels where you publish (short ones point to the full statement)',
  'init.channel.short': 'short',
  'init.channel.long': 'long',
  'init.ask.apologyUrl': 'Web address where a full statement would be published',
  'init.ask.hashtag': 'Hashtag to follow a crisis (starts with #)',
  'init.ask.timezone': 'Time zone of the business (deadlines and reports use it)',
  'init.ask.personName': '{who}: name',
  'init.ask.personRole': '{who}: role',
  'init.ask.personPhone': '{who}: phone reachable at night (empty if none)',
  'init.ask.personEmail': '{who}: email',
  'init.who.manager': 'Community manager (answers for the brand day to day)',
  'init.who.director': 'Director (approves messages, stands in for the community manager)',
  'init.who.agency': 'Agency contact',
  'init.role.manager': 'Community manager',
  'init.role.director': 'Owner',
  'init.role.agency': 'Account manager',
  'init.ask.hasAgency': 'Do you work with an outside agency?',
  'init.ask.agencyOrganization': 'Agency: name of the company',
  'init.ask.managerBackup': 'Who stands in for the community manager when they cannot be reached?',
  'init.ask.deadline': 'Deadline for the first public response at level "{level}" (e.g. 4h, 1h, 30m)',
  'init.ask.avoidTopics': 'Topics brand messages must never touch (separated by commas)',
  'init.invalid.required': 'This cannot be empty.',
  'init.invalid.name': 'The name of the business is one line, with no control characters such as tabs or line breaks.',
  'init.invalid.url': 'Write a full web address starting with https://',
  'init.invalid.hashtag': 'A hashtag starts with # and has no spaces, e.g. #BakeryNews',
  'init.invalid.timezone': 'Not a time zone: write it as Region/City, e.g. Europe/London',
  'init.invalid.phoneShort': 'That is too short for a phone number: give it whole, e.g. +34 600 111 222',
  'init.invalid.phone': 'Use digits, spaces and an optional leading +, e.g. +34 600 111 222',
  'init.invalid.email': 'That is not an email address.',
  'init.invalid.reachable': 'Give a phone or an email: in a crisis this person must be reachable.',
  'init.invalid.duration': 'Write it like 15m, 2h, 1h30m or 1d.',
  'init.invalid.durationZero': 'It must be more than 0: write it like 15m, 2h or 1d.',
  'init.invalid.deadlineOrder':
    'A more severe level cannot allow more time than a milder one: at most {within}, the deadline of "{level}".',
  'init.invalid.channels': 'Choose at least one channel.',
  'init.yaml.header': 'Social-media crisis plan of {name}.',
  'init.yaml.lint': 'Check it with `crisis lint` after each change, and keep it in git.',
  'init.yaml.brand': 'Who speaks. The full statement is published at apology_url; every apology carries the hashtag.',
  'init.yaml.apologyUrl': 'Short channels (X, Instagram) always link here instead of telling the whole story.',
  'init.yaml.channels':
    'Your own media. short: a few lines that point to the statement; long: the full statement. max_length is checked.',
  'init.yaml.contacts':
    'People to call, with a phone reachable at night. backup is who stands in when someone cannot be reached.',
  'init.yaml.levels':
    'Three levels: a negative comment is answered; a possible crisis alerts the team; a crisis convenes the people responsible, who agree one message. respond_within is the deadline for the first public response; update_every, how soon each public update is due after it.',
  'init.yaml.triage': 'Questions that pick the level when something happens. The most severe answer wins.',
  'init.yaml.monitoring':
    'What crisis watch reads (docs/watch.md): uncomment, name your brand and your feeds (Google Alerts as a feed, a Mastodon tag, a Reddit search).',
  'init.yaml.responses':
    'Messages approved in advance, so nobody waits for management while anger grows. {{...}} is filled in during the incident.',
  'init.yaml.policies':
    'Rules for every message: topics to avoid, who approves any compensation, who is told when a department answers late.',
  'init.level.negative': 'Negative comment',
  'init.level.negativeDescription': 'One unhappy customer: watch, answer politely, move to private messages.',
  'init.level.possible': 'Possible crisis',
  'init.level.possibleDescription':
    'Several complaints about the same thing, or one from an account with a large audience: alert the team.',
  'init.level.crisis': 'Crisis',
  'init.level.crisisDescription':
    'It is spreading fast or the press is asking: convene the people responsible and agree one message.',
  'init.step.reply': 'Reply in public, kindly, and offer to continue in private',
  'init.step.tellTeam': 'Tell the team with the internal notice',
  'init.step.convene': 'Convene the people responsible and agree the message',
  'init.step.statement': 'Publish the full statement',
  'init.step.shortApology': 'Post the short apology that links the statement',
  'init.triage.reach': 'How many people are talking about it?',
  'init.triage.reachOne': 'One comment',
  'init.triage.reachSeveral': 'Several customers about the same thing',
  'init.triage.reachViral': 'It is spreading fast, or the press asked',
  'init.response.thanks': 'Thank them and move to private messages',
  'init.response.statement': 'Full statement: apology and solution',
  'init.response.apologyShort': 'Short apology that links the statement',
  'init.response.internal': 'Internal notice to the team',
  'init.var.customer': "The customer's name or handle",
  'init.var.customerExample': '@lauren_b',
  'init.var.problem': 'What happened',
  'init.var.problemShort': 'What happened, in a few words',
  'init.var.problemExample': 'the late deliveries this week',
  'init.var.fix': 'What we are doing about it',
  'init.var.fixExample': 'every pending order will be delivered by Friday',
  'init.var.what': 'What is happening, in one sentence',
  'init.var.whatExample': 'several customers complain about late deliveries',
  'init.text.thanks':
    "Hi {customer}, thank you for telling us, and we're sorry. We've sent you a private message so we can put this right.",
  'init.template.statement':
    'A statement from {{brand.name}}\n\nWe owe our customers an apology for {problem}.\n\nThat is on us, and we are sorry.\n\nWhat we are doing: {fix}. Every affected customer will hear from us in private.\n\nWe will post every update here and under {{brand.hashtag}}.\n\nThe {{brand.name}} team',
  'init.template.apologyShort':
    "We're sorry for {problem}. What happened and what we're doing: {{brand.apology_url}} {{brand.hashtag}}",
  'init.template.internal':
    "{{brand.name}} heads-up: {what}.\nLevel: {{incident.level_name}}. Link: {{incident.link}}\nPlease don't reply on social media yourselves: the community manager coordinates.",

  // crisis statement (the page at brand.apology_url)
  'cmd.statement.description':
    'write the page your short apologies link to (brand.apology_url): the statement as published, and its updates',
  'cmd.statement.id': 'the incident (default: the newest open one, else the newest)',
  'cmd.statement.out': 'write to this file instead of stdout',
  'cmd.statement.template':
    "your own Handlebars template (default: templates/statement.html.hbs beside the plan, else crisis's own)",
  'statementCmd.noStatement':
    'Incident {id} has no statement published yet. The page shows the long apology as published: a response of kind apology ({responses}) on a long channel ({channels}).{resume}',
  'statementCmd.early':
    'Incident {id} has no statement published yet, so the page shows the public messages so far. Publish the statement (a response of kind apology: {responses}, on a long channel: {channels}), then write the page again.',
  'statementCmd.resume': ' Publish it with `{command}`, then run this again.',
  'statementCmd.written': 'Statement page written to {path}. Upload it to {url}.',
  'statementCmd.writtenNoUrl':
    'Statement page written to {path}. The plan has no brand.apology_url: add the address where it will live, so short apologies link to it.',
  'statementCmd.template': 'Statement template {path}:{line}:{column}: {message}',
  'statementCmd.templateField':
    'Statement template {path}:{line}:{column}: "{field}" is not a field of the page. Its fields: {fields} (see docs/statement-page.md).',
  'statementCmd.templateRender': 'Statement template {path} cannot be rendered: {detail}.',
  'escalate.statementWritten': 'Statement page written to {path}.',
  'escalate.noStatementPage':
    'No statement was published in this drill, so no page was written. The statement is a response of kind apology ({responses}) published on a long channel ({channels}).',
  'walk.statement.hint': 'The statement is out. Write the page its short apologies link to with: {command}',
  'walk.statement.offer': 'Write the statement page again, with this update?',
  'walk.statement.path': 'Where to write the statement page?',
  'walk.statement.failed': 'The statement page was not written to {path}: {reason}. Write it later with: {command}',
  // The page itself, in the plan's language
  'statementPage.title': 'Statement',
  'statementPage.published': 'Published',
  'statementPage.updated': 'updated',
  'statementPage.updates': 'Updates',
  'statementPage.follow': 'Follow the latest with',
  'statementPage.pending':
    'Our full statement will be published on this page. Until then, here is what we have said so far.',
  'statementPage.lastUpdated': 'Updated',

  // Rule descriptions (SARIF, README)
  'ruleDoc.yaml-syntax': 'The file is not valid YAML (also duplicate keys and alias bombs).',
  'ruleDoc.schema':
    'Wrong type, missing required key or unknown key; also a variable named like a root of the render context (brand, incident, channel).',
  'ruleDoc.disable-comment':
    'A crisis-lint-disable-next-line comment names a rule that does not exist, so it silences nothing.',
  'ruleDoc.duplicate-id': 'Two entries of one list share an id.',
  'ruleDoc.unknown-reference': 'An id that names nothing.',
  'ruleDoc.self-backup': 'A contact is their own backup.',
  'ruleDoc.contact-unreachable': 'A contact with neither email nor phone.',
  'ruleDoc.template-missing': "A template file that is missing or outside the playbook's folder.",
  'ruleDoc.template-syntax':
    'A template that Handlebars cannot parse, that could not render (an unknown helper, a wrong block, a literal where a name goes), or that nests blocks more than 100 deep.',
  'ruleDoc.undeclared-variable':
    'A template uses a name that is neither in the render context nor declared, or a field the brand or a channel leaves out.',
  'ruleDoc.apology-links': 'An apology for a short channel lacks the statement URL or the hashtag.',
  'ruleDoc.message-too-long':
    'A response rendered with its examples is longer than a channel it can reach allows (its own, or one a step publishes it on).',
  'ruleDoc.duplicate-feed': 'Two feeds of monitoring.feeds share an address or a name.',
  'ruleDoc.missing-backup': 'A contact notified at the highest level has no backup.',
  'ruleDoc.level-without-notify': 'A level of severity 2 or more notifies nobody.',
  'ruleDoc.level-without-updates': 'A level of severity 2 or more has no update_every.',
  'ruleDoc.sla-order': 'A more severe level allows more time to respond than a milder one.',
  'ruleDoc.level-unreachable': 'Triage exists but no option leads to this level.',
  'ruleDoc.unused-variable': 'A declared variable that the text never uses.',
  'ruleDoc.avoid-topic': 'A response contains a topic to avoid.',
  'ruleDoc.unapproved-response': 'A response without approved_by.',
  'ruleDoc.control-character': 'A response text contains a control character (ESC, BEL, a lone CR…).',
  'ruleDoc.spike-alert':
    'monitoring.alert cannot tell a spike: one mention, or a window shorter than the time between polls.',
  'ruleDoc.keywords-without-feed': 'The plan has keywords or hashtags to watch for but no feed to read them in.',
} as const;

export type MessageKey = keyof typeof en;
