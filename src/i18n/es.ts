import type { MessageKey } from './en.js';

// El catálogo en español. Debe tener las mismas claves que en.ts (lo comprueba el compilador).
export const es: Record<MessageKey, string> = {
  'cli.description': 'Guarda tu plan de crisis en redes sociales en un solo archivo YAML, y síguelo cuando haga falta.',
  'cli.option.lang':
    'idioma de los mensajes, y del plan que escribe init: en o es (por defecto: CRISIS_LANG, luego LANG)',
  'cli.option.noColor': 'no usar colores (también NO_COLOR=1)',
  'cli.option.debug': 'mostrar la traza completa cuando algo falla',
  'cli.option.version': 'mostrar la versión',
  'cli.option.help': 'mostrar la ayuda de un comando',
  // Placeholders of option values and operands in help: `--out <file>`.
  'cli.arg.answer': 'respuesta',
  'cli.arg.command': 'comando',
  'cli.arg.contact': 'contacto',
  'cli.arg.example': 'ejemplo',
  'cli.arg.file': 'archivo',
  'cli.arg.folder': 'carpeta',
  'cli.arg.format': 'formato',
  'cli.arg.id': 'id',
  'cli.arg.lang': 'idioma',
  'cli.arg.link': 'enlace',
  'cli.arg.n': 'n',
  'cli.arg.name': 'nombre',
  'cli.arg.nameValue': 'nombre=valor',
  'cli.arg.paths': 'rutas',
  'cli.arg.playbook': 'plan',
  'cli.arg.response': 'respuesta',
  'cli.arg.state': 'estado',
  'cli.arg.text': 'texto',
  'cli.arg.why': 'motivo',
  'cli.usage.options': '[opciones]',
  'cli.usage.command': '[comando]',
  'cli.title.usage': 'Uso:',
  'cli.title.arguments': 'Argumentos:',
  'cli.title.options': 'Opciones:',
  'cli.title.commands': 'Comandos:',
  'cli.title.globalOptions': 'Opciones globales:',
  'cli.title.examples': 'Ejemplos:',
  'cli.help.commandArg': 'el comando, y su subcomando si lo tiene (crisis help promises done)',
  'cli.examples.root':
    '  crisis init                      # escribe el plan de tu negocio respondiendo preguntas\n  crisis lint                      # comprueba ./crisis.yaml\n  crisis escalate                  # algo va mal: síguelo paso a paso',
  'cli.examples.init':
    '  crisis init                       # responde unas preguntas\n  crisis init --yes --name "Óptica" --lang es\n  crisis init --from es-optica-miravista --dir plan',
  'cli.examples.lint':
    '  crisis lint                       # ./crisis.yaml, o los planes de ./playbooks\n  crisis lint plan/crisis.yaml --max-warnings 0\n  crisis lint --format sarif > crisis.sarif',
  'cli.examples.escalate':
    '  crisis escalate                   # un incidente nuevo, en la terminal\n  crisis escalate --resume          # continúa el más reciente\n  crisis escalate --script simulacro.yaml   # un simulacro, respondido por un guion',
  'cli.examples.report':
    '  crisis report                     # el incidente más reciente, en Markdown\n  crisis report ID --format pdf --out informe.pdf\n  crisis report --redact --format html --out informe.html',
  'cli.examples.incidents': '  crisis incidents\n  crisis incidents --json --playbook plan/crisis.yaml',
  'cli.examples.discard':
    '  crisis incidents discard ID        # un simulacro se borra enseguida\n  crisis incidents discard ID --yes  # un incidente real, sin preguntar',
  'cli.examples.promises':
    '  crisis promises                   # las vencidas primero, luego las que vencen pronto\n  crisis promises --ics promises.ics\n  crisis promises --all --json --playbook plan/crisis.yaml',
  'cli.examples.promisesDone': '  crisis promises done ID\n  crisis promises done ID --playbook plan/crisis.yaml',
  'cli.examples.comments':
    '  crisis comments                   # la cola del incidente abierto, lo pendiente primero\n  crisis comments --json --incident ID',
  'cli.examples.commentsAdd':
    '  crisis comments add https://x.com/marta/status/1 "Sigo sin reembolso"\n  crisis comments add ENLACE --author @marta   # desde otra terminal, con el recorrido en marcha',
  'cli.examples.commentsDone':
    '  crisis comments done ID --answered public --response thanks --var customer=@marta\n  crisis comments done ID --answered private --text "Te hemos escrito por privado"\n  crisis comments done ID --answered reviewed --reason spam\n  crisis comments done ID --answered blocked --reason "insultos tras la disculpa" --yes',
  'cli.examples.render':
    '  crisis render agradecimiento --var cliente=@ana_lopez   # en cada canal que puede usar\n  crisis render agradecimiento --channel x --var cliente=@ana_lopez',
  'cli.examples.schema':
    '  crisis schema > crisis.schema.json   # para tu editor\n  crisis schema --report > report.schema.json   # el informe JSON, para otras herramientas',
  'cli.examples.statement':
    '  crisis statement --out comunicado.html    # el incidente abierto más reciente\n  crisis statement ID --out comunicado.html\n  crisis statement --template mia.html.hbs > comunicado.html',
  'cli.examples.watch':
    '  crisis watch                      # en una terminal: una consulta cada monitoring.every, hasta Ctrl-C\n  crisis watch --once               # cron o CI: una ejecución en rojo es el aviso\n  crisis watch --once --format json plan/crisis.yaml',
  'cli.examples.help': '  crisis help lint\n  crisis help promises done',
  'cmd.lint.description': 'revisar archivos de plan, como un compilador: cada problema con su línea, columna y regla',
  'cmd.lint.paths': 'archivos o carpetas a revisar (por defecto: ./crisis.yaml, o los planes de ./playbooks)',
  'cmd.lint.format':
    'salida: stylish, json (ESLint), github (anotaciones) o sarif (por defecto: stylish; github en GitHub Actions)',
  'cmd.lint.maxWarnings': 'fallar si hay más de N avisos',
  'cmd.lint.quiet': 'mostrar solo los errores',
  'cmd.lint.plansOnly':
    'para hooks: de los archivos dados, revisar solo planes de crisis y plantillas junto a uno; saltar los ajenos',
  'cmd.lint.concurrency': 'hilos con los que revisar muchos archivos: auto, off o un número (por defecto: auto)',
  'cmd.schema.description':
    'imprimir el JSON Schema del formato del plan (para editores y el servidor de lenguaje YAML)',
  'cmd.schema.report': 'imprimir en su lugar el JSON Schema de `crisis report --format json`',

  'error.noSuchPath': 'No existe el archivo o la carpeta: {path}',
  'error.unreadable': 'No se puede leer {path}: {reason}',
  'error.noPlaybook':
    'No hay ningún plan aquí: no existe ./crisis.yaml ni hay planes en ./playbooks. Indica una ruta, o crea uno con `crisis init`.',
  'error.noYamlInFolder':
    'No hay ningún archivo .yaml o .yml en {path}. No se buscan las carpetas drills, incidents ni node_modules, ni las ocultas: indica el archivo para revisarlo.',
  'error.templateWithoutPlan':
    '{path} está en una carpeta templates, pero {folder} no contiene ningún plan (.yaml) con el que revisarla. Indica el plan que la usa.',
  'error.notAFile': '{path} es un dispositivo, no un archivo normal: indica un archivo.',
  'error.emptyPipe':
    '{path} es una tubería, no un archivo normal, y no llegó nada por ella: indica un archivo, o una tubería en la que escriba un programa.',
  'output.isPlaybook': 'No se escribe {path}: es el plan {file}. Indica otro archivo.',
  'output.isTemplate': 'No se escribe {path}: es la plantilla {file}, que este comando lee. Indica otro archivo.',
  'output.isInput': 'No se escribe {path}: es {file}, que este comando lee. Indica otro archivo.',
  'output.isStatementTemplate':
    'No se escribe {path}: es {file}, la plantilla con la que crisis statement hace la página del comunicado. Indica otro archivo.',
  'output.inIncidents':
    'No se escribe {path}: está en la carpeta de incidentes {dir}, que guarda los diarios y sus bloqueos. Indica un archivo en otro sitio.',
  'output.inWatch':
    'No se escribe {path}: está en la carpeta de escucha {dir}, que guarda las menciones que vio crisis watch. Indica un archivo en otro sitio.',
  'error.badFormat': 'Formato desconocido "{value}". Usa uno de: {options}.',
  'error.badNumber': '{option} necesita un número entero de 0 o más, no "{value}".',
  'error.badVar': '--var necesita nombre=valor, no "{value}".',
  'error.badConcurrency': '--concurrency necesita auto, off o un número de hilos desde 1, no "{value}".',
  'error.unknownOption': 'Opción desconocida {option}. Consulta `{help}`.',
  'error.unknownOptionSuggest': 'Opción desconocida {option}. ¿Querías decir {suggestion}?',
  'error.unknownCommand': 'Comando desconocido "{command}". Consulta `crisis --help`.',
  'error.unknownCommandSuggest': 'Comando desconocido "{command}". ¿Querías decir {suggestion}?',
  'error.missingArgument': 'Falta el argumento {argument}. Consulta `{help}`.',
  'error.optionMissingArgument': 'La opción {option} necesita un valor.',
  'error.excessArguments': 'Demasiados argumentos. Consulta `{help}`.',
  'error.badLang': 'Idioma desconocido "{value}". Usa en o es.',
  'error.unexpected':
    'Algo ha fallado dentro de crisis: {message}. Es un error del programa; vuelve a ejecutarlo con --debug e informa de la traza.',
  'error.interrupted': 'Interrumpido.',
  'error.os': 'No se puede {action} {path}: {reason}.',
  'error.noFolder': 'No se puede {action} {path}: la carpeta {folder} no existe.',
  'error.outputFailed': 'No se puede escribir la salida: {reason}; el resto no se ha escrito.',
  'error.osNoPath': 'No se puede {action}: {reason}.',
  'error.outputClosed':
    'La salida se cerró antes de que crisis terminara de escribir ({code}); el resto no se escribió.',
  'os.action.open': 'abrir',
  'os.action.read': 'leer',
  'os.action.write': 'escribir',
  'os.action.mkdir': 'crear la carpeta',
  'os.action.list': 'listar la carpeta',
  'os.action.remove': 'borrar',
  'os.action.rename': 'mover',
  'os.action.reach': 'acceder a',
  'os.action.use': 'usar',
  'os.reason.EACCES': 'permiso denegado; revisa quién es su dueño y sus permisos',
  'os.reason.ENOENT': 'no existe el archivo o la carpeta',
  'os.reason.EISDIR': 'es una carpeta, y hace falta un archivo',
  'os.reason.ENOTDIR': 'una parte de la ruta es un archivo, y hace falta una carpeta',
  'os.reason.EEXIST': 'ya existe',
  'os.reason.EROFS': 'el disco es de solo lectura',
  'os.reason.ENOSPC': 'el disco está lleno',
  'os.reason.EMFILE': 'hay demasiados archivos abiertos',
  'os.reason.EBUSY': 'otro programa lo está usando',
  'os.reason.ENAMETOOLONG': 'el nombre es demasiado largo',
  'os.reason.ELOOP': 'demasiados enlaces simbólicos, o un bucle de ellos',
  'os.reason.other': 'el sistema lo ha rechazado ({code})',

  'lint.error': 'error',
  'lint.warning': 'aviso',
  'lint.summary': '{problems:# problema|# problemas} ({errors:# error|# errores}, {warnings:# aviso|# avisos})',
  'lint.clean': '✔ {files:# archivo revisado|# archivos revisados}: ningún problema.',
  'lint.cleanQuiet': '✔ {files:# archivo revisado|# archivos revisados}: ningún error (--quiet deja fuera los avisos).',
  'lint.tooManyWarnings': 'Demasiados avisos: {warnings}, más que --max-warnings {max}.',
  'lint.unknownRule':
    'Ninguna regla se llama "{rule}": este comentario no silencia nada. Escribe un id de regla de crisis lint (docs/lint-rules.md).',
  'lint.unknownRuleSuggest':
    'Ninguna regla se llama "{rule}": este comentario no silencia nada. ¿Querías decir "{suggestion}"?',
  'lint.drillScript':
    '{file} es un simulacro, no un plan: crisis lint revisa planes. Ejecuta el simulacro con {command}, que lo revisa contra el plan antes de empezar.',
  'lint.workers': 'Revisando en {count:# hilo|# hilos}.',
  'lint.workerStopped':
    'Un hilo de revisión se detuvo antes de terminar ({code}), quizá por falta de memoria. Repite la revisión con --concurrency off.',

  'yaml.binary':
    'Esto no es un archivo de texto (contiene datos binarios). Un plan es un archivo YAML de texto en UTF-8.',
  'yaml.empty': 'El archivo está vacío. Empieza un plan con `crisis init`, o copia uno de playbooks/.',
  'yaml.notMapping': 'Un plan es un conjunto de claves (version, brand, channels…), no un valor suelto ni una lista.',
  'yaml.multipleDocuments': 'Aquí empieza un segundo documento YAML (`---`). Deja un solo plan por archivo.',
  'yaml.duplicateKey': 'Esta clave aparece dos veces en el mismo bloque. Deja una y borra la otra.',
  'yaml.tab': 'Se usa un tabulador para sangrar. YAML solo admite espacios: cambia el tabulador por espacios.',
  'yaml.unclosedQuote': 'Unas comillas abiertas antes no se cierran. Ciérralas en la línea donde acaba el texto.',
  'yaml.missingChar':
    'Falta algo aquí: los dos puntos tras una clave, un ] o } de cierre, una coma entre elementos, o un espacio tras los dos puntos o antes de un # comentario. Revisa esta línea.',
  'yaml.badIndent':
    'La sangría es incorrecta aquí. Alinea las claves del mismo bloque, y cierra una lista entre [ ] o un bloque entre { } en la línea donde se abre.',
  'yaml.unexpected': 'Texto inesperado aquí. Revisa las comillas y la sangría de esta línea y de la anterior.',
  'yaml.implicitKey':
    'Esta línea no es una clave con su valor (clave: valor) ni un elemento de lista (- elemento). Añade los dos puntos, o sangra la línea bajo su clave.',
  'yaml.nestedColon':
    'Este valor lleva dos puntos seguidos de un espacio, que aquí abren otro bloque. Pon el valor entre comillas.',
  'yaml.reservedStart':
    'Un valor no puede empezar por @, `, % u otro carácter que YAML reserva si no va entre comillas. Pon el valor entre comillas.',
  'yaml.badEscape':
    'Una barra invertida entre comillas dobles empieza un escape como \\n, y este no es válido. Escribe \\\\ para una barra, o usa comillas simples.',
  'yaml.blockInFlow':
    'Dentro de [ ] o { } los elementos se separan con comas, en una línea o en varias. Añade la coma que falta, o escribe la lista en líneas "- elemento".',
  'yaml.badProperty': 'Un valor aquí tiene dos anclas (&nombre) o dos etiquetas (!etiqueta), o una vacía. Deja una.',
  'yaml.unknownTag':
    'La etiqueta {tag} no es ninguna de las que usa un plan: crisis lee valores YAML simples. Quita la etiqueta, o pon el valor entre comillas.',
  'yaml.badAlias':
    'El alias *{name} no remite a ningún ancla: ningún valor anterior lleva &{name}. Marca con &{name} el valor que repite, o escribe el valor.',
  'yaml.aliasBomb':
    'El archivo expande sus alias (*nombre) demasiadas veces, como hace un ataque "billion laughs". Escribe los valores en lugar de repetir alias.',
  'yaml.tooDeep':
    'El plan anida aquí más de {max} niveles, cuando un plan necesita pocos: revisa la sangría o una serie de corchetes.',
  'yaml.generic': 'Esto no es YAML válido: {detail}.',

  'schema.unknownKey':
    'Clave desconocida "{key}" en {parent}. Claves válidas: {known}. (Las claves que empiezan por x- se admiten para tus propios datos.)',
  'schema.unknownKeySuggest': 'Clave desconocida "{key}" en {parent}. ¿Querías decir "{suggestion}"?',
  'schema.colonInText':
    'YAML ha leído "{key}" como una clave: un ": " dentro de un texto, o una coma dentro de { … }, lo corta. Pon todo el texto entre comillas.',
  'schema.missingKey': 'Falta la clave obligatoria "{key}" en {parent}.',
  'schema.expectedText': '{where} debe ser un texto, no {value}.',
  'schema.expectedNumber': '{where} debe ser un número entero, no "{value}".',
  'schema.expectedBoolean': '{where} debe ser true o false, no "{value}".',
  'schema.expectedList': '{where} debe ser una lista (elementos que empiezan por "- "), no {value}.',
  'schema.expectedMapping': '{where} debe ser un bloque de claves (clave: valor), no {value}.',
  'schema.wrongType': '{where} tiene un tipo incorrecto: se esperaba {expected} y hay {received}.',
  'schema.quoteIt':
    '{where} debe ser un texto, pero {value} se ha leído como número o true/false. Ponlo entre comillas: "{value}".',
  'schema.oneOf': '{where} vale "{value}", que no está permitido. Usa uno de: {options}.',
  'schema.oneOfSuggest': '{where} vale "{value}". ¿Querías decir "{suggestion}"? (uno de: {options})',
  'schema.tooFewItems': '{where} necesita al menos {minimum:# elemento|# elementos}.',
  'schema.tooSmall': '{where} debe ser al menos {minimum}, no {value}.',
  'schema.empty': '{where} está vacío. Escribe algo, o quita la clave.',
  'schema.slug':
    '{where} vale "{value}", que no es un id válido. Usa minúsculas, números y guiones (p. ej. "posible-crisis").',
  'schema.duration': '{where} vale "{value}", que no es una duración. Escríbela como 15m, 2h, 1h30m o 1d.',
  'schema.durationZero': '{where} vale "{value}": una duración debe ser mayor que 0. Escríbela como 15m, 2h o 1d.',
  'schema.watchEvery':
    '{where} vale "{value}": los feeds se consultan como mucho cada 5 minutos. Escribe 5m o más (lo normal es 15m).',
  'schema.durationTooLong':
    '{where} vale "{value}", más de lo que puede durar un plazo. Escribe como mucho 366 días (366d).',
  'schema.url':
    '{where} vale "{value}", que no es una dirección web. Escríbela completa, empezando por https://, sin espacios.',
  'schema.email': '{where} vale "{value}", que no es un correo electrónico.',
  'schema.phone':
    '{where} vale "{value}", que no es un teléfono. Usa cifras, espacios y un + inicial opcional (p. ej. "+34 600 111 222"), entre comillas.',
  'schema.hashtag':
    '{where} vale "{value}": un hashtag empieza por # y no tiene espacios (p. ej. "#LaEspigaInforma"), entre comillas.',
  'schema.language':
    '{where} vale "{value}", que no es una etiqueta de idioma que crisis pueda usar. Escribe una etiqueta como es, es-ES, es-MX o en-GB, no el nombre del idioma.',
  'schema.timezone': '{where} vale "{value}", que no es una zona horaria. Usa un nombre IANA como Europe/Madrid.',
  'schema.date': '{where} vale "{value}", que no es una fecha. Escríbela como AAAA-MM-DD.',
  'schema.yamlDate':
    '{where} se ha leído como una fecha, no como texto: YAML lo hace con `%YAML 1.1` o con `!!timestamp`. Ponlo entre comillas: "{value}".',
  'schema.variableName':
    'El nombre de variable "{value}" no se puede usar en una plantilla. Usa letras, números y _ (p. ej. nombre_cliente).',
  'schema.variableReserved':
    'La respuesta "{id}" declara una variable "{name}", que es también un grupo de campos que toda plantilla lee ({roots}): {{{name}.…}} significaría dos cosas. Renombra la variable (p. ej. {name}_texto) y usa ese nombre en el texto.',
  'schema.version':
    'La versión {value} del formato no está soportada: este crisis lee la versión 1, escrita como número. Escribe "version: 1", sin comillas.',
  'schema.protoKey':
    'La clave "__proto__" en {parent} no se puede usar: JavaScript reserva ese nombre, y se perdería sin aviso. Ponle otro nombre.',
  'schema.textOrTemplate':
    'Una respuesta necesita exactamente uno de "text" (el mensaje) o "template" (un archivo junto al plan).',
  'schema.severityUnique':
    'Otro nivel ya tiene la gravedad {value}. Da a cada nivel su propia gravedad (más alta es peor).',
  'schema.topLevel': 'el nivel superior',
  'schema.generic': 'Valor no válido: {detail}.',

  // Lo que un editor muestra junto a un valor que su patrón rechaza (patternErrorMessage del JSON Schema).
  'jsonSchema.empty': 'Vacío: escribe algo, o quita la clave.',
  'jsonSchema.slug': 'No es un id válido: usa minúsculas, números y guiones (p. ej. "posible-crisis").',
  'jsonSchema.duration': 'No es una duración mayor que 0: escríbela como 15m, 2h, 1h30m o 1d.',
  'jsonSchema.url': 'No es una dirección web: escríbela completa, empezando por https://, sin espacios.',
  'jsonSchema.email': 'No es un correo electrónico (p. ej. "ana@ejemplo.com").',
  'jsonSchema.phone':
    'No es un teléfono: usa cifras, espacios y un + inicial opcional (p. ej. "+34 600 111 222"), entre comillas.',
  'jsonSchema.hashtag': 'Un hashtag empieza por # y no tiene espacios (p. ej. "#LaEspigaInforma"), entre comillas.',
  'jsonSchema.date': 'No es una fecha: escríbela como AAAA-MM-DD.',
  'jsonSchema.variableName':
    'No es un nombre de variable que una plantilla pueda usar: letras, números y _ (p. ej. nombre_cliente).',

  'rule.duplicateId':
    'El id "{id}" ya lo usa el elemento {first} de {list}. Los ids no se pueden repetir en una lista.',
  'rule.unknownReference': '"{id}" no corresponde a nada en {list}. Existentes: {known}.',
  'rule.unknownReferenceSuggest': '"{id}" no corresponde a nada en {list}. ¿Querías decir "{suggestion}"?',
  'rule.selfBackup':
    'El contacto "{id}" es su propio suplente. Indica otra persona que haga de suplente cuando no se pueda localizar a este contacto.',
  'rule.contactUnreachable':
    'El contacto "{id}" no tiene ni teléfono ni correo. Añade al menos uno, para poder localizarle durante una crisis.',
  'rule.missingBackup':
    'El contacto "{id}" recibe aviso en el nivel más grave ("{level}") pero no tiene suplente. Añade `backup:` con la persona que hace de suplente si no se puede localizar a este contacto.',
  'rule.levelWithoutNotify':
    'El nivel "{id}" (gravedad {severity}) no avisa a nadie. Añade `notify:` con los contactos que deben saberlo.',
  'rule.levelWithoutUpdates':
    'El nivel "{id}" (gravedad {severity}) no marca cada cuánto informar en público. Añade `update_every:` (p. ej. 20m en una crisis, 1h en una posible crisis).',
  'rule.slaOrder':
    'El nivel "{id}" da {within} para responder, más que el nivel más leve "{milder}" ({milderWithin}). Un nivel más grave debe responder antes.',
  'rule.duplicateFeedUrl': 'El feed "{name}" lee {url}, que ya lee el feed "{first}". Quita uno de los dos.',
  'rule.duplicateFeedName':
    'Hay dos feeds llamados "{name}". Da a cada feed su propio nombre: las menciones dicen de qué feed vienen.',
  'rule.spikeEveryMention':
    '`alert.mentions` vale 1, así que cada mención sería un pico. Escribe 2 o más: una mención señalada avisa por sí sola.',
  'rule.spikeWindowShort':
    '`alert.within` vale {within}, menos que los {every} entre dos consultas, así que un pico tan rápido se vería solo en parte. Ponlo en {every} o más, o baja `every:` (5m como mínimo).',
  'rule.keywordsWithoutFeed':
    'El plan lista palabras que vigilar pero ningún feed donde leerlas, así que crisis watch no tiene nada que consultar. Añade `monitoring.feeds`: Google Alerts como feed, una etiqueta de Mastodon (https://<servidor>/tags/<etiqueta>.rss), una búsqueda de Reddit o de Hacker News, el feed de comentarios de un blog (ver docs/watch.md).',
  'rule.levelUnreachable':
    'Ninguna opción del triaje lleva al nivel "{id}". Añade una opción con `level: {id}`, o quita el nivel.',
  'rule.templateMissing': 'La plantilla "{path}" no existe. Créala junto al plan, o corrige la ruta.',
  'rule.templateOutside':
    'La ruta de plantilla "{path}" sale de la carpeta del plan. Guarda las plantillas dentro (p. ej. templates/comunicado.hbs).',
  'rule.templateUnreadable': 'No se puede leer la plantilla "{path}". Revisa sus permisos.',
  'rule.templateBinary': 'La plantilla "{path}" no es un archivo de texto UTF-8.',
  'rule.templateNotFile':
    'La plantilla "{path}" no es un archivo normal (es una carpeta, una tubería o un dispositivo). Indica un archivo de texto.',
  'rule.unusedVariable':
    'La variable "{name}" está declarada en la respuesta "{id}" pero su texto no la usa. Usa {{{name}}} en el texto, o quítala.',
  'rule.unapprovedResponse':
    'La respuesta "{id}" no tiene `approved_by`. Haz que la aprueben antes de una crisis, para poder publicarla sin esperar.',
  'rule.controlChar':
    'La respuesta "{id}" contiene el carácter de control {char}: invisible en una publicación y confuso en un terminal. Quítalo; un mensaje para publicar no debe llevar caracteres de control.',
  'rule.controlCharExample':
    'El ejemplo de la variable "{name}" de la respuesta "{id}" contiene el carácter de control {char}. Quítalo.',

  'template.parse': 'Handlebars no puede leer la plantilla: {detail} inesperado. Revisa que cada {{ tenga su }}.',
  'template.unclosed':
    'La plantilla termina antes de cerrar un bloque. Cierra cada {{#if}} con {{/if}} y cada {{#each}} con {{/each}}.',
  'template.tooDeep':
    'La plantilla anida bloques a más de {max} niveles aquí. Simplifícala: un mensaje necesita pocos {{#if}}, uno detrás de otro.',
  'template.partial': 'Los parciales ({{> nombre}}) no se admiten en las plantillas. Escribe el texto completo.',
  'template.unknownHelper':
    'Helper desconocido "{detail}". Las plantillas solo pueden usar if, unless, with, lookup, y each en un informe.',
  'template.undeclared':
    '"{name}" no es una variable declarada de la respuesta "{id}" ni brand.*, incident.* o channel.*. Declárala en `variables:`.',
  'template.unknownField':
    '"{name}" no existe. Usa brand.name / apology_url / hashtag, incident.id / summary / level / level_name / started_at / channel / link, o channel.id / name / format / max_length / url.',
  'template.brandFieldUnset': 'Se usa "{name}", pero la marca no lo define. Añádelo en `brand:`.',
  'template.variableHasNoFields': '"{name}": una variable es un texto y no tiene campos. Usa la variable sola.',
  'template.decorator': 'Los decoradores ({{* nombre}}) no se admiten en las plantillas. Escribe el texto completo.',
  'template.literal':
    '{detail} es un valor fijo donde la plantilla espera un nombre: Handlebars lo buscaría y fallaría. Escribe {detail} como texto, sin llaves.',
  'template.blockOnly': '"{detail}" es un bloque: escribe {{#{detail} valor}}…{{/{detail}}}, no {{{detail} valor}}.',
  'template.notBlock': '"{detail}" no es un bloque: escribe {{{detail} valor "clave"}}.',
  'template.arity': '"{detail}" lleva exactamente {count:# valor|# valores}, como en {example}.',
  'template.hash': 'Los argumentos con nombre ({detail}=…) no se admiten en las respuestas.',
  'template.each':
    '{{#each}} no tiene nada que recorrer en una respuesta: cada valor que lee es un solo texto. Escribe el texto completo.',
  'template.section': '{{#{detail}}} es una sección, que las respuestas no usan. Escribe {{#if {detail}}}…{{/if}}.',
  'template.blockParams':
    'Los parámetros de bloque (as |nombre|) no se admiten en las respuestas. Usa el valor por su nombre.',
  'template.withObject':
    '{{#with}} recibe brand, incident o channel, no "{detail}". Para un texto, escribe {{#if {detail}}}…{{/if}}.',
  'template.data':
    '"@{detail}" no existe en una respuesta: no tiene listas. Solo existe @root.… (p. ej. @root.brand.name).',
  'template.climbs': '"{detail}" sale de un bloque {{#with}} que no existe. Quita el ../',
  'template.wholeContext':
    '"{detail}" es el conjunto de todos los valores, no un texto. Nombra uno: una variable, brand.name, incident.link…',
  'template.lookupKey':
    'lookup necesita la clave entre comillas, como en {{lookup brand "name"}}: una clave calculada al mostrar el texto no se puede revisar.',
  'template.objectValue': '"{name}" es un grupo de campos, no un texto. Usa uno de ellos: {fields}.',
  'template.channelFieldUnset':
    'Se usa "{name}", pero {count:el canal|los canales} {channels} no {count:tiene|tienen} {field}. Defínelo en el canal, o escribe {{#if {name}}}…{{/if}}.',
  'template.channelFieldInternal':
    'Se usa "{name}", pero un aviso al equipo, o una respuesta sin canal, no tiene channel {field}. Escribe {{#if {name}}}…{{/if}}.',
  'template.renderFailed': 'La respuesta no se puede mostrar con sus ejemplos en el canal {channel}: {detail}.',
  'template.reportField':
    '"{detail}" no es un campo del informe aquí (dentro de {{#each}} o {{#with}}, un nombre es un campo del elemento). docs/report-template.md los enumera.',
  'template.renderError': 'Handlebars no puede mostrarla: {detail}.',

  'check.tooLong':
    'La respuesta "{id}" ocupa {length} caracteres en {channel}, {over} más de su límite de {max}. Acórtala, o deja los detalles para el comunicado.',
  'check.apologyUrl':
    'La disculpa "{id}" en el canal corto {channel} no enlaza el comunicado ({url}). Añade {{brand.apology_url}}.',
  'check.apologyHashtag':
    'A la disculpa "{id}" en el canal corto {channel} le falta el hashtag {hashtag}. Añade {{brand.hashtag}}.',
  'check.brandNoUrl':
    'La disculpa "{id}" puede publicarse en el canal corto {channel}, pero la marca no tiene `apology_url` para enlazar el comunicado completo. Añádelo en `brand:`.',
  'check.brandNoHashtag':
    'La disculpa "{id}" puede publicarse en el canal corto {channel}, pero la marca no tiene `hashtag`. Añádelo en `brand:`.',
  'check.avoidTopic': 'La respuesta "{id}" menciona "{term}", un tema que las políticas piden evitar. Reformúlala.',
  'check.controlChar':
    'La respuesta "{id}" en {channel} contiene el carácter de control {char}, de un valor rellenado. Quítalo; un mensaje para publicar no debe llevar caracteres de control.',

  'cmd.render.description': 'mostrar una respuesta aprobada fuera de un incidente, y revisarla para cada canal',
  'cmd.render.response': 'el id de la respuesta (ver responses: en el plan)',
  'cmd.render.var': 'un valor para una de sus variables; repítelo para cada una',
  'cmd.render.channel': 'solo este canal (por defecto: todos los canales de la respuesta)',
  'cmd.render.playbook': 'el archivo del plan (por defecto: ./crisis.yaml, o el de ./playbooks)',
  'render.unknownResponse': 'No hay ninguna respuesta "{id}" en el plan. ¿Querías decir: {suggestion}?',
  'render.unknownVar': 'La respuesta "{id}" no tiene la variable {names}. Sus variables: {declared}.',
  'render.missingVar': 'La respuesta "{id}" necesita: {flags}.',
  'render.channelNotAllowed': 'La respuesta "{id}" no se publica en "{channel}". Sus canales: {channels}.',
  'render.internal': 'el equipo',
  'playbook.which': 'Hay varios planes aquí: {files}. Indica cuál con --playbook.',
  'playbook.hasErrors': '{file} tiene errores; corrígelos antes (crisis lint {file}).',
  'playbook.hasWarnings': '{file} tiene {warnings:# aviso|# avisos}; consulta crisis lint {file}.',
  'cmd.report.description':
    'escribir el informe de un incidente a partir de su diario: Markdown, HTML (con cronología), JSON o PDF',
  'cmd.report.id': 'el incidente (por defecto: el más reciente)',
  'cmd.report.format': 'md (por defecto), html, json o pdf (lo imprime el Chromium o Chrome de este equipo)',
  'cmd.report.template': 'tu propia plantilla Handlebars en lugar de templates/report.<formato>.hbs',
  'cmd.report.out': 'escribir en este archivo en lugar de la salida estándar',
  'cmd.report.redact':
    'ocultar teléfonos, correos y usuarios (@), salvo los de la marca (para informes que salen del equipo)',
  'redact.phone': '[teléfono]',
  'redact.email': '[correo]',
  'redact.handle': '[usuario]',
  'reportCmd.none': 'Aún no hay ningún incidente en {dir}. Ejecuta antes crisis escalate.',
  'reportCmd.unknown': 'No hay ningún incidente {id} en {dir}. Incidentes: {known}.',
  'reportCmd.open': 'El incidente {id} sigue abierto: el informe lo muestra tal como está.',
  'reportCmd.drill': 'El incidente {id} es un simulacro (hecho con escalate --script).',
  'reportCmd.written': 'Informe escrito en {path}.',
  'reportCmd.template': 'Plantilla del informe {path}:{line}:{column}: {message}',
  'reportCmd.templateRender': 'La plantilla del informe {path} no se puede usar: {detail}.',
  'reportCmd.templateWithJson':
    '--template no va con --format json: el JSON son los datos del informe, sin plantilla. Quita una de las dos opciones.',
  'reportCmd.pdfToTerminal':
    'Un PDF no es texto para mostrar en la terminal: escríbelo en un archivo con --out informe.pdf (o redirígelo: > informe.pdf).',
  'reportCmd.noBrowser':
    'No se encuentra Chromium ni Chrome para imprimir el PDF. {install} O indica el programa del navegador en CHROME_PATH. Mientras tanto, --format html escribe una página que cualquier navegador imprime.',
  'reportCmd.installLinux':
    'Instala uno: sudo apt install chromium (Debian, Ubuntu), sudo dnf install chromium (Fedora).',
  'reportCmd.installMac':
    'Instala Google Chrome desde https://www.google.com/chrome/ (o brew install --cask google-chrome).',
  'reportCmd.installWindows':
    'Instala Google Chrome desde https://www.google.com/chrome/ (también sirve Microsoft Edge).',
  'reportCmd.browserNotProgram':
    '{variable} es {path}, que no es un programa que se pueda ejecutar. Indica ahí Chromium o Chrome, o quítala.',
  'reportCmd.browserFailed': 'No se pudo imprimir el PDF con {path}: {detail}',
  'report.title': 'Informe del incidente',
  'report.incident': 'Incidente',
  'report.summary': 'Resumen',
  'report.channel': 'Empezó en',
  'report.link': 'Enlace',
  'report.detected': 'Visto por primera vez',
  'report.declared': 'Declarado',
  'report.closedAt': 'Cerrado',
  'report.inProgress': 'en curso',
  'report.openWarning': 'Este incidente sigue abierto: el informe lo muestra tal como está.',
  'report.levels': 'Niveles',
  'report.level': 'Nivel',
  'report.reason': 'Motivo',
  'report.triage': 'Triaje',
  'report.question': 'Pregunta',
  'report.answer': 'Respuesta',
  'report.notified': 'A quién se avisó',
  'report.contact': 'Contacto',
  'report.status': 'Estado',
  'report.time': 'Hora',
  'report.reached': 'localizado',
  'report.unreachable': 'no localizado',
  'report.standsInFor': 'sustituyó a',
  'report.external': 'agencia externa',
  'report.nobodyReached': 'No se localizó a nadie para',
  'report.firstResponse': 'Primera respuesta pública',
  'report.due': 'Plazo',
  'report.met': 'cumplido',
  'report.missed': 'incumplido',
  'report.pending': 'en curso',
  'report.lateBy': 'con un retraso de',
  'report.steps': 'Pasos',
  'report.step': 'Paso',
  'report.done': 'hecho',
  'report.skipped': 'omitido',
  'report.later': 'pendiente',
  'report.undone': 'Pasos sin hacer',
  'report.departments': 'Departamentos',
  'report.department': 'Departamento',
  'report.asked': 'Pedido',
  'report.answered': 'Respondido',
  'report.noAnswer': 'sin respuesta',
  'report.took': 'Tardó',
  'report.commitment': 'Compromiso',
  'report.messages': 'Mensajes publicados',
  'report.responseBy': '{kind} en {channel}',
  'report.private': 'mensaje privado',
  'report.internal': 'aviso interno',
  'report.team': 'El equipo',
  'report.edited': 'editado antes de publicar',
  'report.promises': 'Promesas y compensaciones',
  'report.to': 'A',
  'report.what': 'Qué',
  'report.approvedBy': 'Aprobada por',
  'report.honoured': 'cumplida',
  'report.notHonoured': 'AÚN NO cumplida',
  'report.promiseKept': 'cumplida a tiempo',
  'report.promiseKeptLate': 'cumplida con {late} de retraso',
  'report.promiseOpen': 'aún pendiente',
  'report.promiseOverdue': 'aún pendiente, vencida hace {late}',
  'report.promiseNoDue': 'sin fecha límite',
  'report.comments': 'Comentarios',
  'report.commentsReceived': 'Recibidos',
  'report.commentsPublic': 'Respondidos en público',
  'report.commentsPrivate': 'Respondidos en privado',
  'report.commentsReviewed': 'Revisados',
  'report.commentsHidden': 'Ocultados por la plataforma',
  'report.commentsBlocked': 'Bloqueados',
  'report.commentsWaiting': 'Aún pendientes',
  'report.commentsCoverage': 'Cobertura (respondidos o revisados, de los recibidos)',
  'report.commentsTime': 'Tiempo hasta responder',
  'report.commentsTimeValue': 'mediana {median}, percentil 90 {p90}',
  'report.commentsFirstSeen': 'Visto por primera vez por la escucha',
  'report.commentsPerHour': 'Menciones por hora vistas por la escucha',
  'report.commentsEarly': '{early} antes de declarar el incidente ({time}, {feed})',
  'report.commentsNone': 'No se anotó ningún comentario.',
  'report.notes': 'Notas',
  'report.resolution': 'Resolución',
  'report.lessons': 'Lecciones aprendidas',
  'report.metrics': 'Métricas',
  'report.metricFirstResponse': 'Tiempo hasta la primera respuesta pública',
  'report.metricReachEveryone': 'Tiempo hasta localizar a todos los avisados',
  'report.metricStatement': 'Tiempo hasta publicar el comunicado',
  'report.metricDuration': 'Duración total',
  'report.metricDeadlines': 'Plazos de la primera respuesta, los pasos y los departamentos',
  'report.deadlinesCount': '{met:# cumplido|# cumplidos}, {missed:# incumplido|# incumplidos}',
  'report.metricUpdates': 'Actualizaciones a tiempo (desde la primera respuesta pública)',
  'report.updatesCount': '{onTime} de {due}',
  'report.metricSilence': 'Silencio más largo (desde la primera respuesta pública)',
  'report.updateLate': 'actualización con {late} de retraso',
  'report.none': '—',
  'report.notReached': '{time}; sin localizar: {names}',
  'report.timeline': 'Cronología',
  'report.timelineKey': 'Marcas de la cronología, por número',
  // la cronología del informe (report/timeline/): carriles, marcas, hitos, leyenda, texto accesible
  'timeline.lane.levels': 'Nivel',
  'timeline.lane.contacts': 'Avisos',
  'timeline.lane.steps': 'Pasos',
  'timeline.lane.messages': 'Mensajes',
  'timeline.lane.promises': 'Promesas, notas',
  'timeline.mark.level': 'Nivel: {name}',
  'timeline.mark.contact': '{name}: {status}',
  'timeline.mark.step': 'Paso «{title}»: {status}',
  'timeline.mark.stepLate': 'Paso «{title}»: hecho tarde (plazo {due})',
  'timeline.mark.message': 'Mensaje en {channel}',
  'timeline.mark.internal': 'Aviso al equipo',
  'timeline.mark.promise': 'Promesa a {to}: {what} ({state})',
  'timeline.mark.note': 'Nota',
  'timeline.late': 'actualización enviada tarde',
  'timeline.seen': 'Visto {time}',
  'timeline.deadline': 'Plazo {time}: {outcome}',
  'timeline.firstResponse': 'Primera respuesta pública {time}',
  'timeline.closed': 'Cerrado {time}',
  'timeline.open': 'Aún abierto: {time}',
  'timeline.legend.level': 'Cambio de nivel',
  'timeline.legend.reached': 'Contacto localizado',
  'timeline.legend.unreachable': 'Contacto no localizado',
  'timeline.legend.stepDone': 'Paso hecho',
  'timeline.legend.stepLate': 'Paso hecho tarde',
  'timeline.legend.stepSkipped': 'Paso omitido o aplazado',
  'timeline.legend.public': 'Mensaje público',
  'timeline.legend.private': 'Respuesta privada',
  'timeline.legend.internal': 'Aviso al equipo',
  'timeline.legend.late': 'Actualización enviada tarde',
  'timeline.legend.promiseKept': 'Promesa cumplida',
  'timeline.legend.promiseOpen': 'Promesa aún no cumplida',
  'timeline.legend.promiseKeptLate': 'Promesa cumplida tarde',
  'timeline.legend.promiseOverdue': 'Promesa vencida',
  'timeline.legend.note': 'Nota',
  'timeline.legend.band': 'Nivel: {name}',
  'timeline.title': 'Cronología del incidente, de {from} a {to} ({duration})',
  'timeline.titleOpen': 'Cronología del incidente, de {from} a {to} ({duration}), aún abierto',
  'timeline.levelFrom': '{name} desde {time}',
  'timeline.descLevels': 'Niveles: {levels}.',
  'timeline.descCounts':
    '{contacts:# contacto avisado|# contactos avisados}, {steps:# paso|# pasos}, {messages:# mensaje|# mensajes}, {promises:# promesa|# promesas}, {notes:# nota|# notas}.',
  'timeline.descFirst': 'Primera respuesta pública: {time}, plazo {due}: {outcome}.',
  'timeline.descNoFirst': 'Aún sin respuesta pública, plazo {due}: {outcome}.',
  'timeline.descKey': 'Cada marca lleva un número; la lista bajo la imagen dice qué es.',
  'timeline.group': '{what} de {first} a {last} ({kinds})',
  'timeline.group.levels': '{count:# cambio de nivel|# cambios de nivel}',
  'timeline.group.contacts': '{count:# aviso|# avisos}',
  'timeline.group.steps': '{count:# paso|# pasos}',
  'timeline.group.messages': '{count:# mensaje|# mensajes}',
  'timeline.group.promises': '{count:# promesa o nota|# promesas y notas}',
  'timeline.mentions.lane': 'Menciones por hora',
  'timeline.mentions.bar': '{count:# mención vista|# menciones vistas} por la escucha de {from} a {to}',
  'timeline.mentions.desc': 'Menciones por hora, {count} en total; la hora con más: {most}.',
  'report.generated': 'Horas en',
  'report.outcome': 'Resultado',
  'report.fromFirstSeen': 'desde que se vio',
  'report.fromDeclared': 'desde que se declaró',
  'report.fromListed': 'cada uno desde que había que avisarle',
  'report.inProgressAsOf': 'en curso, a {time}',
  'report.levelChanged': 'interrumpido por el cambio de nivel',
  'report.notDone': 'sin hacer',
  'report.onDuty': 'De guardia',
  'report.peak': 'máximo',
  'reportText.executive': 'Nivel: {level}. Primera respuesta pública: {response}. {promises}.',
  'reportText.peak': '{level} (máximo: {peak})',
  'reportText.met': 'a tiempo',
  'reportText.missed': 'con un retraso de {late}',
  'reportText.pending': 'aún sin publicar',
  'reportText.noDeadline': 'sin plazo (aún sin nivel)',
  'reportText.promises': '{count:# promesa sin cumplir|# promesas sin cumplir}',
  'reportText.noPromises': 'Ninguna promesa pendiente',
  'reportText.editedAfterCheck': 'editado tras no pasar una comprobación: {checks}',
  'reportText.check.message-too-long': 'demasiado largo para el canal',
  'reportText.check.apology-links': 'sin enlace al comunicado o sin hashtag',
  'reportText.check.avoid-topic': 'un tema a evitar',
  'reportText.check.control-character': 'un carácter de control',
  'duration.days': '{count:# día|# días}',
  'duration.hours': '{count} h',
  'duration.minutes': '{count} min',
  'walk.ask.editor': 'Tu texto',
  'walk.ask.link': 'Enlace a la publicación (vacío si no hay)',
  'walk.ask.incidentLink': 'Este mensaje enlaza la publicación que inició el incidente: pega su dirección',
  // A link typed by a person that reads as none (typed-link.ts): what to type instead.
  'link.invalid':
    '«{text}» no es un enlace: pega la dirección de la publicación, como https://x.com/ana/status/1 o x.com/ana/status/1.',
  'link.invalidOrNone':
    '«{text}» no es un enlace: pega la dirección de la publicación, como https://x.com/ana/status/1 o x.com/ana/status/1, o déjalo vacío si no hay.',
  'link.invalidList':
    '«{text}» no es un enlace: pega las direcciones de las publicaciones separadas por espacios, como https://x.com/ana/status/1 o x.com/ana/status/1, o déjalo vacío si no hay.',
  'walk.confirmPublish': 'No pasa una comprobación que habría que corregir. ¿Anotarlo como publicado de todos modos?',
  'walk.recorded.promise': 'Promesa anotada: {what}, a {to}. Consúltala con: crisis promises',
  'walk.recorded.promiseDue': 'Promesa anotada: {what}, a {to}, para las {due}. Consúltala con: crisis promises',
  'walk.recorded.answered': '{department} respondió a las {time}.',
  'walk.recorded.note': 'Nota a las {time}: {text}',
  'walk.recorded.levelRaised': 'Nivel subido a {level} a las {time}, porque: {reason}',
  'walk.recorded.levelLowered': 'Nivel bajado a {level} a las {time}, porque: {reason}',
  'walk.recorded.levelSet': 'Nivel fijado en {level} a las {time}, porque: {reason}',
  'walk.recorded.published': 'Publicado en {channel} a las {time}.',
  'walk.recorded.sentPrivately': 'Enviado por privado en {channel} a las {time}.',
  'walk.recorded.sentToTeam': 'Enviado al equipo a las {time}.',
  'walk.recorded.leftOut': 'Sin publicar en {channel}.',
  'walk.recorded.teamLeftOut': 'Sin enviar al equipo.',
  'walk.recorded.stepDone': 'Hecho a las {time}: {title}',
  'walk.recorded.stepSkipped': 'Omitido a las {time}: {title}, porque: {reason}',
  'walk.recorded.closed': 'Cerrado a las {time}: {resolution}',
  'walk.recorded.lessons': 'Lecciones aprendidas: {lessons}',
  'walk.recap.draft': 'Incidente {id}, aún sin abrir: {summary}',
  'walk.openIncident': 'El incidente {id} sigue abierto: {summary}. Para continuarlo en su lugar: {command}',
  'walk.department.standIn': '{lead} no está localizable: pregunta a {name}',
  'walk.ask.summary': '¿Qué está pasando, en una línea? (pega también el enlace a la publicación, si lo hay)',
  'walk.ask.channel': '¿Dónde empezó?',
  'walk.channel.other': 'En otro sitio (escríbelo)',
  'walk.ask.channelOther': '¿Dónde empezó?',
  'walk.ask.detected': '¿Cuándo lo vio el equipo por primera vez? (vacío: ahora, {now}; una hora como 21:05; o -20m)',
  'walk.invalid.detected':
    'Escribe una hora como 21:05, una fecha y hora como 2026-11-22 21:05, o -20m; o déjalo vacío para ahora ({now}).',
  'walk.invalid.future':
    'Esa hora aún no ha llegado: ahora son las {now}. Si fue ayer, escribe también la fecha ({yesterday} 23:50) o -40m.',
  'walk.detectedEcho': 'Visto por primera vez a las {time}.',
  'walk.triage.result': 'Nivel: {level}, porque: {because}',
  'walk.triage.override':
    'Para elegir otro nivel, escoge «Cambiar el nivel» en cualquier pregunta; el motivo queda anotado.',
  'walk.ask.level': '¿Qué nivel?',
  'walk.ask.reason': '¿Por qué? (queda anotado)',
  'walk.deadline.left': '⏱ {level}: primera respuesta pública antes de las {due}',
  'walk.deadline.late': '⏱ {level}: primera respuesta pública con retraso desde las {due}',
  'walk.deadline.met': '✔ {level}: primera respuesta pública antes de las {due}, cumplido: {by}',
  'walk.deadline.missed': '✖ {level}: primera respuesta pública antes de las {due}, incumplido por {late}: {by}',
  'walk.deadline.by': '{kind} en {channel} a las {time}',
  'walk.update.left': '⏱ Próxima actualización pública antes de las {due}',
  'walk.update.late':
    '⏱ Próxima actualización pública con retraso desde las {due} (último mensaje público a las {since})',
  // la transcripción de un simulacro, leída con el reloj del guion: ahí los minutos siguen siendo ciertos
  'walk.drill.deadlineLeft': '⏱ {level}: primera respuesta pública antes de las {due} (quedan {left})',
  'walk.drill.deadlineLate': '⏱ {level}: la primera respuesta pública vencía a las {due}: {late} de retraso',
  'walk.drill.updateLeft': '⏱ Próxima actualización pública antes de las {due} (quedan {left})',
  'walk.drill.updateLate':
    '⏱ La próxima actualización pública vencía a las {due}: {late} de retraso (último mensaje público a las {since})',
  'walk.update.out': '✔ Último mensaje público a las {time}, a tiempo (vencía a las {due}).',
  'walk.update.outLate': '✖ Último mensaje público a las {time}, con {late} de retraso (vencía a las {due}).',
  'walk.update.title': 'Actualización pública: {title}',
  'walk.action.update': 'Publicar ahora una actualización ({title})',
  'walk.next.update': 'la actualización pública que empezaste',
  'walk.ask.onDuty': '¿Quién está de guardia, llevando este recorrido?',
  'walk.onDuty.nobody': 'Alguien que no está en la lista',
  'walk.onDutyReached': '{name} está de guardia: cuenta como localizado.',
  'walk.callNow': '{count:Llama ahora:|Llámalos ahora, a todos a la vez:}',
  'walk.contact': '☎ {name}, {role}{org}: {reach}{backupFor}',
  'walk.contact.backupFor': ' (sustituye a {name})',
  'walk.contact.organization': ' · {organization}',
  'walk.contact.external': ' (agencia externa)',
  'walk.ask.contact': '¿Has localizado a {name}?',
  'walk.ask.reachedWho':
    'Marca a quién has localizado (espacio y luego Intro); después vienen los sustitutos de los demás',
  'walk.reached': 'Localizado',
  'walk.unreachable': 'No localizado: probar con su sustituto',
  'walk.chainExhausted':
    'No se ha podido localizar a nadie de la cadena de {name} (no hay más sustitutos). Sigue intentándolo y anótalo.',
  'walk.chainLoop': 'Los sustitutos de {name} llevan de vuelta a alguien ya probado. Sigue intentándolo y anótalo.',
  'walk.step': '▶ {title}{owner}{due}',
  'walk.step.owner': ' · {name}',
  'walk.step.standIn': ' · {owner} no está localizable: {name} hace de suplente',
  'walk.clock.otherDay': '{time} del {day}',
  'walk.step.due': ' · antes de las {time}',
  'walk.step.overdue': ' · con retraso desde las {time}',
  'walk.asked': 'Pedido a {department} ({lead}); se comprometen a responder en {within}.',
  'walk.late': '⚠ {department} va con retraso: se le pidió a las {asked}, con un compromiso de {within}.',
  'walk.influencer': '★ {name} {handle} · {channel} · {reach} · {contact}',
  'walk.ask.var': '{description}{example}',
  'walk.example': ' (p. ej. {example})',
  'walk.hint.more': 'Esc: más tarde, omitir u otra acción',
  'walk.ask.stepMore': 'Este paso:',
  'walk.back': 'Seguir con este paso',
  'walk.hint.updateMore': 'Esc: ninguna actualización ahora u otra acción',
  'walk.hint.commentsBack': 'Esc: volver a los comentarios',
  'walk.ask.updateMore': 'Esta actualización:',
  'walk.update.back': 'Seguir con esta actualización',
  'walk.update.drop': 'Ninguna actualización ahora (no se publica nada)',
  'walk.recorded.updateDropped': 'Ninguna actualización publicada a las {time}: {title}',
  'walk.ask.privateChannel': '¿Por qué canal envías el mensaje privado?',
  'walk.noPrivateChannel':
    'La respuesta «{id}» es un mensaje privado, pero ninguno de sus canales admite mensajes privados. Envíalo de otra forma y después marca el paso.',
  'walk.message.public': 'Para publicar en {channel}',
  'walk.message.private': 'Mensaje privado en {channel}',
  'walk.message.internal': 'Para enviar al equipo',
  'walk.team': 'el equipo',
  'walk.check.url': 'No enlaza el comunicado: añade {url}',
  'walk.check.hashtag': 'Le falta el hashtag: añade {hashtag}',
  'walk.check.tooLong': 'Tiene {length} caracteres, {over} por encima del límite de {max}: acórtalo',
  'walk.check.topic': 'Menciona «{term}», un tema que hay que evitar: reformúlalo',
  'walk.check.control': 'Contiene el carácter de control {char}: quítalo',
  'walk.ask.message': 'Este mensaje para {channel}:',
  'walk.publish': 'Publicado: anotarlo',
  'walk.sentPrivately': 'Enviado por privado: anotarlo',
  'walk.sentToTeam': 'Enviado al equipo: anotarlo',
  // un mensaje partido para caber en el marco
  'walk.frame.rewrapped': 'Las líneas se parten para caber en pantalla: para publicarlo tal cual, usa «{copy}».',
  'walk.frame.more': '▼ Intro: el resto del mensaje ({page}/{pages})',
  'walk.frame.choices': '▼ Intro: qué hacer con él',
  'walk.frame.noText': 'Aquí no se escribe nada: pulsa Intro para seguir.',
  'walk.copy': 'Copiarlo al portapapeles',
  'walk.compose': 'Abrir la página de publicación de {channel} con el mensaje',
  'walk.edit': 'Editarlo antes',
  'walk.skipChannel': 'No en este canal',
  'walk.skipTeam': 'No enviarlo',
  'walk.ask.edit': 'Tu texto (Tab: partir del mensaje)',
  'walk.ask.links':
    '{count:Enlace a la publicación en {channels}|Enlaces a las publicaciones en {channels}} (pégalos; vacío si no hay)',
  'walk.ask.stepStatus': 'Este paso:',
  'walk.done': 'Hecho',
  'walk.skipped': 'Omitido (di por qué)',
  'walk.later': 'Más tarde',
  'walk.interrupted':
    '«{title}» quedó interrumpido por el cambio a {level}: se guarda para más tarde, con las respuestas dadas.',
  'walk.ask.close': 'Todos los pasos de este nivel están atendidos.',
  'walk.close': 'Cerrar el incidente',
  'walk.doNow': 'Hacer ahora: {title}',
  'walk.ask.resolution': '¿Cómo se resolvió?',
  'walk.ask.lessons': 'Lecciones aprendidas (qué cambiar en el plan)',
  'walk.action.note': 'Añadir una nota',
  'walk.action.promise': 'Anotar una promesa o compensación',
  'walk.action.level': 'Cambiar el nivel',
  'walk.action.answered': 'Un departamento ha respondido',
  'walk.action.tellLate': 'Avisar a {name} de que un departamento va con retraso',
  'walk.action.pause': 'Pausar y salir (continuar más tarde)',
  'walk.action.comments': 'Responder comentarios ({count:# pendiente|# pendientes})',
  'walk.action.commentsNone': 'Comentarios: añadir uno por su enlace',
  'walk.comments.waiting': '💬 {count:# comentario pendiente|# comentarios pendientes}',
  'walk.comments.late': '{count:# con retraso|# con retraso}: esperan más de {within}',
  'walk.comments.pick': '¿Qué comentario? (los más antiguos primero)',
  'walk.comments.add': 'Añadir un comentario (pega su enlace)',
  'walk.comments.back': 'Volver',
  'walk.comments.late.mark': 'CON RETRASO',
  'walk.comments.empty': '(sin texto)',
  'walk.ask.commentLink': 'Enlace del comentario:',
  'walk.ask.commentText': 'Su texto (Intro para dejarlo fuera):',
  'walk.comments.ask': '¿Qué hiciste con él?',
  'walk.comments.do.public': 'Lo respondí en público',
  'walk.comments.do.private': 'Lo respondí en privado',
  'walk.comments.do.reviewed': 'Revisado: no necesita respuesta',
  'walk.comments.do.hidden': 'La plataforma lo ocultó',
  'walk.comments.do.blocked': 'Bloqueé a su autor (último recurso)',
  'walk.comments.do.delete': 'Borrarlo',
  'walk.comments.with': '¿Con qué palabras?',
  'walk.comments.ownText': 'Con las mías',
  'walk.ask.commentAnswer': 'La respuesta tal como la escribiste:',
  'walk.ask.commentChannel': '¿En qué canal?',
  'walk.ask.reviewReason': '¿Por qué no necesita respuesta?',
  'walk.comments.anyway': 'Menciona un tema que hay que evitar. ¿Anotarla como enviada de todos modos?',
  'walk.comments.recorded': 'Comentario {id}: {status}. {count:# comentario pendiente|# comentarios pendientes}.',
  'walk.ask.note': 'Nota',
  'walk.ask.promiseTo': '¿A quién se le ha prometido?',
  'walk.ask.promiseWhat': '¿Qué se ha prometido?',
  'walk.ask.promiseDue': '¿Para cuándo? 48h, 2d, 18:00 o 2026-11-24 18:00, hora de la marca; con Intro:',
  'walk.ask.promiseDueNone':
    '¿Para cuándo? 48h, 2d, 18:00 o 2026-11-24 18:00, hora de la marca (Intro: sin fecha límite)',
  'walk.invalid.due':
    'Escribe una duración como 48h o 2d, una hora como 18:00, o una fecha y hora como 2026-11-24 18:00.',
  'walk.invalid.duePast':
    'Esa hora ya ha pasado (son las {now}): escribe una hora que aún no haya llegado, o una duración como 48h.',
  'walk.invalid.dueFar': 'Eso queda a más de un año: escribe una fecha más cercana.',
  'walk.ask.promiseBy': 'Aprobado por',
  'walk.compensation': 'Política de compensaciones: las aprueba {name}{max}.',
  'walk.ask.department': '¿Qué departamento ha respondido?',
  'walk.toldLate': 'Avisado {name} de que {departments} han respondido tarde.',
  'walk.recap.title': 'Incidente {id}: {summary}',
  'walk.recap.opened': 'Visto por primera vez a las {seen} · nivel: {level}',
  'walk.recap.reached': 'Localizados: {names}',
  'walk.recap.notReached': 'Sin localizar: {names}',
  'walk.recap.done': 'Hecho: {steps}',
  'walk.recap.later': 'Pendiente para más tarde: {steps}',
  'walk.recap.next': 'Siguiente: {next}',
  'walk.next.triage': 'las preguntas de clasificación',
  'walk.next.level': 'elegir el nivel',
  'walk.next.levelReason': 'el motivo del cambio a {level}',
  'walk.next.promise': 'la promesa que estabas anotando',
  'walk.next.notify': 'llamar a {name}',
  'walk.next.close': 'cerrar el incidente',
  'walk.paused': 'Guardado. Continúa con: {command}',
  'walk.nothingSaved': 'No se ha guardado nada: el incidente no había empezado.',
  'walk.closed': 'El incidente {id} está cerrado. Su diario es {journal}.',
  'walk.copied': 'Copiado al portapapeles.',
  'walk.copied.osc52':
    'Enviado al portapapeles de tu terminal (OSC 52). Si tu terminal no lo admite (tmux necesita `set -g set-clipboard on`), selecciona el texto entre las líneas.',
  'walk.composeOpened': 'Se ha abierto {url}',
  'walk.composeUrl': 'Abre esta página para publicarlo: {url}',
  'walk.reportHint': 'Escribe su informe con: {command}',
  // la persona de guardia, distinta de los demás a quienes se la mandaría
  'walk.you.stepStandIn': ' · {owner} no está localizable: haces tú de suplente',
  'walk.you.departmentStandIn': '{lead} no está localizable: haces tú de suplente',
  'kind.acknowledgement': 'agradecimiento',
  'kind.apology': 'disculpa',
  'kind.update': 'actualización',
  'kind.private-reply': 'mensaje privado',
  'kind.internal': 'aviso interno',
  'kind.closing': 'mensaje de cierre',
  // un texto de varias líneas: qué editor se abre y cómo salir de él
  'prompt.editor.nano': 'Se abre en nano: Ctrl-O guarda, Ctrl-X sale.',
  'prompt.editor.own': 'Se abre en {editor}: guárdalo y ciérralo para seguir.',
  'prompt.editor.failed': 'No se ha podido abrir {editor} ({reason}).',
  'prompt.editor.lines':
    'Escribe el texto línea a línea (las líneas pegadas se conservan). Termina con una línea que solo tenga "." o con Ctrl-D en una línea vacía; un "." de entrada deja el texto como está.',
  'prompt.key.space': 'espacio',
  'prompt.key.navigate': 'moverse',
  'prompt.key.select': 'elegir',
  'prompt.key.submit': 'confirmar',
  'prompt.key.all': 'todos',
  'prompt.key.invert': 'invertir',
  'escalate.noOpenIncident': 'No hay ningún incidente abierto que seguir en {dir}.',
  'escalate.unknownContact': 'No hay ningún contacto «{id}» en el plan (--as). Sus contactos: {known}.',
  'escalate.unknownIncident': 'No hay ningún incidente {id} en {dir}. Abiertos: {open}.',
  'escalate.alreadyClosed': 'El incidente {id} ya está cerrado.',
  'escalate.scriptDiverges':
    'El guion {script} ya no coincide con el simulacro {id}: su diario {file} difiere en la línea {line}, antes del punto donde se detuvo. Ejecuta el guion como un simulacro nuevo, o quita este con crisis incidents discard {id}.',
  'escalate.resumeNotDrill':
    'El incidente {id} es real, no un simulacro: un guion solo continúa un simulacro que empezó él. Síguelo en un terminal con crisis escalate --resume {id}.',
  'cmd.escalate.description':
    'seguir un incidente, del triaje a la disculpa revisada, con un diario que no pierde nada',
  'cmd.escalate.as': 'el id de contacto de quien está de guardia (nunca se le pregunta si se ha localizado a sí mismo)',
  'cmd.escalate.resume': 'seguir un incidente abierto donde se quedó (el más reciente si no se indica ID)',
  'cmd.escalate.script': 'tomar las respuestas de un guion (ver docs/escalate-script.md)',
  'cmd.escalate.incidentsDir': 'dónde guardar los diarios de incidentes (por defecto: incidents/ junto al plan)',
  'cmd.escalate.allowWarnings': 'publicar un mensaje aunque falle una comprobación que es un aviso (un tema a evitar)',
  'escalate.needsScript':
    'crisis escalate hace preguntas, y esto no es un terminal. Da las respuestas con --script <archivo>.',
  'escalate.open': 'El incidente {id} está abierto; su diario es {journal}.',
  'escalate.keptJournal': 'Todo lo hecho hasta entonces está en {journal} (incidente {id}).',
  'escalate.drillHint':
    'Añade lo que falta al guion y continúa este simulacro con: crisis escalate --script {script} --resume {id} (o quítalo con crisis incidents discard {id}).',
  'cmd.escalate.takeOver':
    'tomar un incidente cuyo bloqueo tiene un proceso de crisis en otra máquina (solo si esa sesión terminó)',
  'script.time': '{where} vale "{value}": escribe una hora como 2026-11-22T21:10:00+01:00, o +30m desde el inicio.',
  'script.due':
    '{where} es "{value}": escribe la fecha límite como una duración desde la promesa (48h, 2d) o como 2026-11-24T18:00:00+01:00.',
  'script.duePast': '{key} es {value}, no posterior a la promesa: una promesa vence después de hacerse.',
  'script.version':
    'La versión {value} del formato de guion no está soportada: este crisis lee la versión 1, escrita como número. Escribe "version: 1", sin comillas.',
  'script.binary':
    'Esto no es un archivo de texto (tiene datos binarios). Un guion de escalado es un archivo de texto YAML en UTF-8.',
  'script.empty': 'El guion está vacío. Parte del ejemplo de docs/escalate-script.md.',
  'script.notMapping':
    'Un guion de escalado es un conjunto de claves (version, incident, steps…), no un valor suelto ni una lista.',
  'script.isPlaybook':
    'Este archivo es un plan, no un guion de escalado (tiene {keys}). Da el plan con --playbook y las respuestas con --script; consulta docs/escalate-script.md.',
  'script.stuck':
    'La ejecución se detuvo en {key}: volvió a esa pregunta sin ninguna respuesta nueva. Todo lo hecho hasta ahora está en el diario.',
  'script.timeTooFar':
    '{where} vale "{value}", a más de 366 días del inicio del guion. Un simulacro abarca como mucho 366 días.',
  'script.unknownName': '{key}: "{id}" no corresponde a nada en {list} del plan. Existentes: {known}.',
  'script.missing': 'El guion no responde a esta pregunta. Añade {key} al guion{value}.',
  'script.commentRefused':
    'La cola de comentarios rechazó lo que {key} dice que se hizo (el motivo está arriba): cámbialo en el guion.',
  'script.unknownOption':
    '{key} vale "{value}", que no es ninguna opción de la pregunta: {options}. Usa la etiqueta de una opción o su número.',
  'script.noUpdate':
    '{key}: el plan no tiene ninguna respuesta de tipo update para el nivel "{level}". Añade una al plan, o quita esta actualización.',
  'script.unknownVar': '{key} no es una variable de esta respuesta. Sus variables: {value}.',
  'script.backwards': '{key} es {value}, antes que el reloj del guion: el tiempo solo avanza.',
  'script.invalid': '{key} es «{value}», que el recorrido no acepta: {reason}',
  'script.afterClose':
    '{key} ocurre después de cerrar el incidente (close.at), cuando ya no se puede registrar nada. Muévelo antes de close.at, o cierra más tarde.',
  'script.checkFailed': 'El mensaje de {key} en {value} no pasa una comprobación: ',
  'script.notOnChannel':
    '{key}: la respuesta "{response}" no se publica aquí en {value}; se publica en {known}. Quita {value} del guion o, en el playbook, añade el canal a los canales de la respuesta y a los del paso, si los indica.',
  'script.noPrivateMessages':
    '{key}: el paso "{step}" envía una respuesta privada, y {channel} no admite mensajes privados. Canales que puede usar: {known}. (Un canal que sí los admite lleva private_messages: true en el plan.)',
  'cmd.option.json': 'mostrar los datos en JSON, para otras herramientas',
  'cmd.incidents.description':
    'listar los incidentes, primero los abiertos, con cuándo se vio por primera vez, nivel, antigüedad y si se cumplió el plazo de respuesta',
  'cmd.watch.description':
    'consultar los feeds de monitoring.feeds buscando menciones de las palabras y etiquetas del plan, y avisar si una está señalada o hay un pico',
  'cmd.watch.playbook': 'el plan (por defecto: el crisis.yaml de esta carpeta)',
  'cmd.watch.once':
    'consultar una vez y salir: 0 nada requiere atención, 1 una mención señalada o un pico, 2 no pudo ejecutarse (para cron y CI)',
  'cmd.watch.format': 'formato de salida: stylish o json',
  'cmd.watch.watchDir': 'carpeta del almacén de menciones (por defecto: watch/ junto al plan)',
  'cmd.escalate.fromMention':
    'abre un incidente a partir de una mención que guardó crisis watch, con el resumen y el enlace ya puestos',
  'cmd.promises.description':
    'listar las promesas hechas durante los incidentes y aún no cumplidas, las más urgentes primero; --ics las escribe como calendario',
  'cmd.promises.done': 'anotar una promesa como cumplida (también con el incidente ya cerrado)',
  'cmd.promises.id': 'el id de la promesa, como lo muestra `crisis promises`',
  'cmd.promises.all': 'listar también las promesas ya cumplidas',
  'cmd.promises.ics':
    'escribir las promesas, y la próxima actualización de cada incidente abierto, como archivo de calendario (iCalendar): en file, promises.ics si no se indica, - para la salida estándar',
  'cmd.incidents.discard': 'quitar el diario de un simulacro (el de un incidente real, solo tras confirmarlo)',
  'cmd.incidents.id': 'el id del incidente, como lo muestra crisis incidents',
  'cmd.incidents.yes': 'confirmar que se quita un incidente real sin preguntar',
  'cmd.comments.description':
    'listar los comentarios, menciones y mensajes que un incidente debe responder, primero los pendientes (crisis nunca publica, oculta, bloquea ni borra nada por sí mismo)',
  'cmd.comments.incident': 'el incidente (por defecto, el abierto)',
  'cmd.comments.watchDir': 'la carpeta donde crisis watch guarda las menciones (watch/ junto al plan)',
  'cmd.comments.add':
    'añadir un comentario a la cola por su enlace (también desde otra terminal con el recorrido en marcha)',
  'cmd.comments.link': 'la dirección del comentario',
  'cmd.comments.words': 'su texto, si quieres',
  'cmd.comments.author': 'quién lo escribió',
  'cmd.comments.done':
    'anotar qué hiciste con un comentario: respondido en público o en privado, revisado, ocultado por la plataforma o bloqueado',
  'cmd.comments.id': 'el id del comentario, como lo lista crisis comments (bastan sus primeros caracteres)',
  'cmd.comments.answered': 'qué hiciste: public, private, reviewed, hidden o blocked',
  'cmd.comments.reason':
    'por qué: spam, duplicate o answered-elsewhere para reviewed; con tus palabras para hidden o blocked',
  'cmd.comments.response': 'la respuesta preaprobada con la que respondiste',
  'cmd.comments.text': 'la respuesta con tus propias palabras',
  'cmd.comments.channel': 'el canal donde respondiste (se deduce del enlace cuando se puede)',
  'cmd.comments.var': 'un valor para una variable de la respuesta (repítelo para cada una)',
  'cmd.comments.yes': 'confirmar un bloqueo, o una respuesta que menciona un tema que hay que evitar, sin preguntar',
  'cmd.comments.delete': 'los comentarios nunca se borran: explicar por qué y qué hacer en su lugar',
  'incidents.none': 'Aún no hay ningún incidente registrado.',
  'incidents.open': 'ABIERTO',
  'incidents.closed': 'cerrado',
  // un diario detenido antes de abrir el incidente
  'incidents.unfinished': 'SIN ABRIR',
  'incidents.resume': 'continúa con: {command}',
  'incidents.private': '{count:# mensaje privado|# mensajes privados}',
  'incidents.deadline.met': 'plazo cumplido',
  'incidents.deadline.missed': 'plazo incumplido',
  'incidents.deadline.pending': 'plazo en curso',
  'incidents.update.next': 'próxima actualización antes de las {due} (quedan {left})',
  'incidents.update.late': 'actualización con {late} de retraso (vencía a las {due})',
  'incidents.update.nextOn': 'próxima actualización antes del {day} a las {due} (quedan {left})',
  'incidents.update.lateOn': 'actualización con {late} de retraso (vencía el {day} a las {due})',
  'incidents.drills':
    'Simulacros (ejercicios hechos con escalate --script); quita uno con crisis incidents discard ID:',
  'incidents.discarded': 'Quitado {id} ({file}).',
  'incidents.discardConfirm':
    '{id} («{summary}») es un incidente real, no un simulacro. ¿Quitar su diario para siempre?',
  'incidents.discardRefused':
    '{id} es un incidente real, no un simulacro, así que se conserva. Para quitarlo igualmente, confírmalo en un terminal o añade --yes.',
  'incidents.discardKept': 'Se conserva {id}.',
  'watch.noFeeds':
    '{file} no nombra ningún feed que vigilar. Añade `monitoring.feeds` con la dirección y el nombre de cada uno (Google Alerts como feed, una etiqueta de Mastodon, una búsqueda de Reddit: ver docs/watch.md).',
  'watch.noTerms':
    '{file} tiene feeds pero ninguna palabra ni etiqueta que buscar en ellos. Añade `monitoring.keywords` o `monitoring.hashtags`.',
  'watch.needsOnce':
    'crisis watch sigue consultando solo en una terminal. Para cron, CI o una tubería, consulta una vez con --once (y --format json para otras herramientas).',
  'watch.storeDamaged': 'Se saltan líneas dañadas de {file} (línea {lines}): no son menciones que crisis pueda leer.',
  'watch.feed.ok': 'Feed "{name}": {items:# entrada|# entradas}, {fresh:# mención nueva|# menciones nuevas}.',
  'watch.feed.unchanged': 'Feed "{name}": sin cambios desde la última consulta.',
  'watch.feed.waiting': 'Feed "{name}": se salta hasta {until}, como pidió su servidor.',
  'watch.feed.failed': 'Feed "{name}" ({url}): {why}',
  'watch.fail.timeout': 'el servidor no respondió a tiempo.',
  'watch.fail.tooBig': 'la respuesta pasa de 5 MB, más de lo que necesita un feed; no se lee.',
  'watch.fail.dns': 'no existe ese servidor (revisa la dirección).',
  'watch.fail.network': 'no se pudo conectar ({code}).',
  'watch.fail.scheme': 'una redirección lleva a {url}, que no es http ni https; no se sigue.',
  'watch.fail.redirects': 'más de {count} redirecciones; revisa la dirección.',
  'watch.fail.status': 'el servidor respondió {status}.',
  'watch.fail.notFeed':
    'la respuesta no es un feed RSS, Atom ni JSON (¿es la dirección del feed y no la de su página?).',
  'watch.fail.malformed': 'el XML está roto en la línea {line} ({detail}); no se lee.',
  'watch.fail.externalEntity': 'el feed pide incluir un archivo de fuera (una entidad externa); se rechaza.',
  'watch.fail.stopped': 'se paró antes de que respondiera.',
  'watch.flagged': 'SEÑALADA: {flags}',
  'watch.summary': '{fresh:# mención nueva|# menciones nuevas} ({flagged} señaladas) de {feeds:# feed|# feeds}.',
  'watch.spike': 'Pico: {count} menciones en {within} (el aviso salta con {mentions}).',
  'watch.openFromFlagged': 'Abre un incidente a partir de la primera mención señalada: {command}',
  'watch.openFromSpike': 'Abre un incidente a partir de la primera mención del pico: {command}',
  'watch.locked':
    'Otro crisis watch (pid {pid}) está consultando {dir} ahora y avisará de lo que encuentre. Vuelve a ejecutarlo cuando termine.',
  'watch.dirIsIncidents':
    '{dir} es la carpeta de incidentes: crisis watch guarda sus menciones aparte de los diarios de incidentes. Elige otra --watch-dir.',
  'watch.blind': 'No se pudo leer ningún feed: no se ha vigilado nada. Revisa las direcciones y la red.',
  'watch.watching': 'Vigilando {feeds:# feed|# feeds}, cada {every}. Ctrl-C para.',
  'watch.stopped': 'Se dejó de vigilar. Lo visto queda guardado.',
  'watch.unknownMention':
    'No hay ninguna mención "{id}" en {file}. Ejecuta antes crisis watch, o copia el id de su salida (--format json las lista).',
  'promises.none': 'No hay promesas pendientes de cumplir.',
  'promises.row': 'a {to}: {what} · aprobada por {by} · incidente {incident}: {summary}',
  'promises.due': 'vence el {due} ({relative})',
  'promises.noDue': 'sin fecha límite',
  'promises.left': 'dentro de {time}',
  'promises.late': 'con {time} de retraso',
  'promises.onTime': 'a tiempo',
  'promises.minutes': '{count:# min|# min}',
  'promises.hours': '{count:# h|# h}',
  'promises.days': '{count:# día|# días}',
  'promises.status.overdue': 'VENCIDA',
  'promises.status.due-soon': 'vence pronto',
  'promises.status.open': 'pendiente',
  'promises.status.no-due': 'pendiente',
  'promises.status.kept': 'cumplida',
  'promises.status.kept-late': 'cumplida tarde',
  'promises.drills': 'De simulacros (ejercicios hechos con escalate --script):',
  'promises.icsWritten':
    'Calendario escrito: {file} ({count:# promesa|# promesas}, {events:# plazo de actualización|# plazos de actualización}). Impórtalo de nuevo tras un cambio: cada entrada conserva su id, así que se actualiza y no se duplica.',
  'promises.icsNothing':
    'Nada que exportar: ninguna promesa hecha en un incidente real y ningún plazo de actualización. No se ha escrito ningún calendario.',
  'promises.icsDrills':
    '{count:# promesa hecha|# promesas hechas} en simulacros fuera del calendario: un simulacro no promete nada a nadie.',
  'ics.calendar': '{brand}: promesas y actualizaciones',
  'ics.todo': 'Promesa a {to}: {what}',
  'ics.todoDescription':
    '{what}\nPrometido a: {to}\nAprobado por: {by}\nIncidente {incident}: {summary}\nCuando se cumpla: crisis promises done {id}',
  'ics.alarm': 'Vence en una hora: {what}, a {to}',
  'ics.update': 'Próxima actualización pública: {summary}',
  'ics.updateDescription':
    'Incidente {incident}: {summary}\nPublica la siguiente actualización: crisis escalate --resume {incident}',
  'promises.unknown': 'No hay ninguna promesa "{id}". Promesas: {known}.',
  'promises.already': 'La promesa {id} ya estaba anotada como cumplida ({at}).',
  'promises.done': 'Promesa {id} anotada como cumplida.',
  'comments.title': 'Incidente {id}: {summary} · {waiting:# comentario pendiente|# comentarios pendientes} de {count}',
  'comments.none': 'Aún no hay comentarios en la cola del incidente {id}. Añade uno con crisis comments add ENLACE.',
  'comments.status.waiting': 'pendiente',
  'comments.status.late': 'CON RETRASO',
  'comments.status.public': 'respondido en público',
  'comments.status.private': 'respondido en privado',
  'comments.status.reviewed': 'revisado',
  'comments.status.hidden': 'ocultado por la plataforma',
  'comments.status.blocked': 'bloqueado',
  'comments.reason.spam': 'spam',
  'comments.reason.duplicate': 'un duplicado',
  'comments.reason.answered-elsewhere': 'ya respondido en otro sitio',
  'comments.from': 'visto por la escucha en {feed}',
  'comments.addedByHand': 'añadido a mano',
  'comments.addedByDrill': 'añadido por el simulacro',
  'comments.flagged': 'señalado',
  'comments.closedIncident':
    'El incidente {incident} está cerrado: esto cambia su registro y su informe. Responder a un comentario tardío está bien; abre un incidente nuevo si empieza otra crisis.',
  'comments.added':
    'Comentario {id} añadido al incidente {incident}: {waiting:# comentario pendiente|# comentarios pendientes}.',
  'comments.already': 'Ese enlace ya está en la cola como {id} ({status}).',
  'comments.textNotKept': 'No se ha guardado el texto indicado: {id} conserva el que tenía al añadirse.',
  'comments.badLink':
    '"{link}" no es un enlace: pega la dirección del comentario (https://x.com/ana/status/2, o x.com/ana/status/2).',
  'comments.shortId':
    '"{id}" es demasiado corto para indicar un comentario: da al menos {min} caracteres de su id, como lo lista crisis comments.',
  'comments.unknown':
    'No hay ningún comentario "{id}" en el incidente {incident}. Ejecuta crisis comments para listarlos.',
  'comments.settled':
    'Comentario {id} anotado como {status}. crisis anota lo que hiciste; nunca actúa por sí mismo en una plataforma.',
  'comments.checkFailed': 'La respuesta no pasa una comprobación que hay que corregir; cámbiala y anótala de nuevo:',
  'comments.blockConfirm':
    'Bloquear es el último recurso: solo para quien sigue insultando tras una disculpa y una solución. ¿Anotar {id} como bloqueado?',
  'comments.blockRefused':
    'Bloquear es el último recurso: confírmalo en una terminal, o añade --yes cuando estés seguro.',
  'comments.anywayRefused':
    'La respuesta menciona un tema que hay que evitar: cámbiala, confírmala en una terminal o añade --yes para anotarla como enviada de todos modos.',
  'comments.answerKept': 'Sin anotar: {id} sigue como estaba.',
  'comments.blockKept': 'Sin bloquear: {id} sigue como estaba.',
  'comments.damaged':
    '{count:Se omite la línea|Se omiten las líneas} {lines} de {file}: no es lo que crisis escribe ahí.',
  'comments.badAnswered': '"{value}" no es un estado: usa uno de {states}.',
  'comments.needAnswered': 'Di qué hiciste con --answered: uno de public, private, reviewed, hidden, blocked.',
  'comments.noOpen': 'No hay ningún incidente abierto en {dir}: indica uno con --incident ID. Incidentes: {known}.',
  'comments.rule.delete':
    'Un comentario nunca se borra: borrar enfada más y parece que se oculta algo. Respóndelo (en público o en privado), márcalo como revisado (spam, un duplicado, ya respondido en otro sitio), anota que la plataforma lo ocultó o, como último recurso, bloquea a su autor.',
  'comments.rule.settled': 'Ya está resuelto: {status} ({at}).',
  'comments.rule.answered':
    'Ya se respondió ({status}): solo queda anotar que la plataforma lo ocultó o, como último recurso, un bloqueo.',
  'comments.rule.noPrivate':
    'El canal {channel} no admite mensajes privados: responde en público o indica un canal que sí los admita (--channel).',
  'comments.rule.blockFirst':
    'Bloquea solo después de que esa persona haya recibido respuesta: primero disculpa y solución (respondido en público o en privado), y bloquea solo si sigue insultando.',
  'comments.rule.reviewReason': 'Revisado necesita su motivo: uno de {reasons}.',
  'comments.rule.reason': 'Di por qué ({status} necesita un motivo, con --reason).',
  'comments.rule.answerText':
    'Una respuesta necesita su texto: una respuesta preaprobada (--response ID) o tus propias palabras (--text "…"), una de las dos.',
  'comments.rule.unknownResponse': 'No hay ninguna respuesta "{response}" en el plan. Respuestas: {responses}.',
  'comments.rule.missingVars': 'La respuesta necesita un valor para {names}: da cada uno con --var nombre=valor.',
  'comments.rule.channel':
    '¿En qué canal se respondió? El enlace no es de ningún canal del plan: añade --channel, uno de {channels}; o, si respondiste en la red del propio enlace, añade primero esa red a los channels: del plan.',
  'comments.rule.responseNotFit':
    'La respuesta "{response}" no sirve para un comentario {status} en {channel}. Sirven: {responses}; o tus propias palabras (--text).',
  'comments.rule.noResponseFits':
    'La respuesta "{response}" no sirve para un comentario {status} en {channel}, y ninguna del plan sirve: responde con tus propias palabras (--text).',
  'comments.rule.unknownChannel': 'No hay ningún canal "{channel}" en el plan. Canales: {channels}.',
  'journal.truncated': '{file} termina con una línea a medias (el proceso se detuvo mientras escribía); se ha omitido.',
  'journal.corrupt':
    'El diario {file} está dañado en la línea {line}: {reason}. El incidente {id} queda fuera hasta que se corrija o quite esa línea; los demás no se ven afectados.',
  'journal.locked':
    'Otro proceso de crisis (pid {pid}) está trabajando en este incidente ({file}). Sigue allí, o detenlo antes.',
  'journal.lockedElsewhere':
    'Un proceso de crisis en {host} (pid {pid}, desde {since}) tiene el bloqueo de {file}. Si esa sesión terminó, vuelve a ejecutarlo con --take-over.',
  'journal.damagedIncident':
    'El diario {file} está dañado en la línea {line}: {reason}. Corrige o quita esa línea antes.',
  'journal.unreadable': 'No se puede leer el diario {file} ({reason}); se deja fuera.',
  'journal.lockImpossible':
    'El bloqueo {lock} indica el pid {pid}, que ningún proceso puede tener. Si nadie más trabaja en este incidente, vuelve a ejecutarlo con --take-over.',
  'journal.lockUnreadable':
    'El bloqueo {lock} no se puede leer ({reason}). Si nadie más trabaja en este incidente, vuelve a ejecutarlo con --take-over.',
  'journal.lockNotLock':
    'El bloqueo {lock} contiene un texto que no es un bloqueo de crisis. Si nadie más trabaja en este incidente, vuelve a ejecutarlo con --take-over.',
  'journal.lockDangling':
    'El bloqueo {lock} es un enlace a un archivo que no existe. Si nadie más trabaja en este incidente, vuelve a ejecutarlo con --take-over.',
  'journal.lockIsFolder':
    'El bloqueo {lock} es una carpeta vacía, no un bloqueo. Si nadie más trabaja en este incidente, vuelve a ejecutarlo con --take-over.',
  'journal.lockFolder':
    'El bloqueo {lock} es una carpeta con archivos, no un bloqueo. Sácala de la carpeta de incidentes y vuelve a ejecutarlo.',
  'journal.duplicate':
    '{file} contiene el incidente {id}, igual que {kept}: solo cuenta {kept}. Saca la copia de la carpeta de incidentes.',
  'journal.duplicateUnnamed':
    'El incidente {id} está en {files}, y ninguno se llama {id}.jsonl: no cuenta ninguno hasta que uno se guarde con ese nombre.',
  'journal.noFreeId':
    'No se pudo empezar un diario de incidente nuevo en {dir}: todos los ids sorteados estaban ocupados.',
  'journal.damage.json': 'no es JSON',
  'journal.damage.notEvent': 'no es un evento (un objeto JSON con un type)',
  'journal.damage.type': 'tipo de evento desconocido {type}',
  'journal.damage.field': 'un evento "{type}" cuyo campo "{field}" falta o no es válido',
  'journal.damage.secondOpened': 'un segundo incidente ({id}) abierto en el mismo diario: un incidente por archivo',
  'journal.damage.beforeOpened': 'un evento "{type}" antes de que se abriera el incidente',
  'cmd.init.description': 'escribir un plan de crisis nuevo para tu negocio, respondiendo a unas preguntas',
  'cmd.init.yes':
    'aceptar todos los valores por defecto sin preguntar, con --name (cada contacto figura con su cargo, en una dirección del dominio del negocio)',
  'cmd.init.name': 'el nombre del negocio',
  'cmd.init.from':
    'empezar desde un ejemplo incluido (es-optica-miravista, en-northside-bakery) o una carpeta con un plan',
  'cmd.init.dir': 'carpeta donde escribir el plan (por defecto: la carpeta actual)',
  'cmd.init.force': 'sobrescribir los archivos que ya existen',
  'init.needsName':
    'crisis init --yes necesita el nombre del negocio, y esto no es un terminal para preguntarlo. Usa --name "Tu negocio".',
  'init.emptyName': 'El nombre del negocio no puede estar vacío. Usa --name "Tu negocio".',
  'init.needsTerminal':
    'crisis init hace preguntas, y esto no es un terminal. Usa --yes para aceptar los valores por defecto (con --name, --lang, --dir), o --from <ejemplo> para empezar desde un ejemplo.',
  'init.wouldOverwrite':
    'Estos archivos ya existen y no se han tocado: {files}. Usa --dir para otra carpeta, o --force para sobrescribirlos.',
  'init.unknownExample':
    'No hay ningún plan en "{value}". Ejemplos incluidos: {options}; o indica una carpeta con un crisis.yaml.',
  'init.brokenExample': 'El plan de {path} no pasa crisis lint; corrígelo antes, o empieza desde un ejemplo incluido.',
  'init.created': 'Creado:\n  {files}',
  'init.nextSteps':
    '\nSiguientes pasos:\n  1. Lee {plan} y cambia los teléfonos, correos y direcciones de ejemplo por los tuyos.\n  2. Haz que la dirección apruebe cada respuesta (approved_by, approved_on).\n  3. Revísalo: {lint}\n  4. Guárdalo en git: {git}',
  'init.commitMessage': 'Plan de crisis',
  'prompt.yes': 'Sí',
  'prompt.no': 'No',
  'init.ask.lang': 'Idioma del plan',
  'init.lang.en': 'Inglés (English)',
  'init.lang.es': 'Español',
  'init.ask.name': 'Nombre del negocio',
  'init.ask.channels': 'Canales donde publicas (los cortos enlazan al comunicado completo)',
  'init.channel.short': 'corto',
  'init.channel.long': 'largo',
  'init.ask.apologyUrl': 'Dirección web donde se publicaría un comunicado completo',
  'init.ask.hashtag': 'Hashtag para seguir una crisis (empieza por #)',
  'init.ask.timezone': 'Zona horaria del negocio (la usan los plazos y los informes)',
  'init.ask.personName': '{who}: nombre',
  'init.ask.personRole': '{who}: cargo',
  'init.ask.personPhone': '{who}: teléfono localizable de noche (vacío si no hay)',
  'init.ask.personEmail': '{who}: correo electrónico',
  'init.who.manager': 'Community manager (responde por la marca en el día a día)',
  'init.who.director': 'Dirección (aprueba los mensajes, sustituye a la community manager)',
  'init.who.agency': 'Contacto de la agencia',
  'init.role.manager': 'Community manager',
  'init.role.director': 'Gerente',
  'init.role.agency': 'Responsable de la cuenta',
  'init.ask.hasAgency': '¿Trabajáis con una agencia externa?',
  'init.ask.agencyOrganization': 'Agencia: nombre de la empresa',
  'init.ask.managerBackup': '¿Quién sustituye a la community manager cuando no se la localiza?',
  'init.ask.deadline': 'Plazo para la primera respuesta pública en el nivel "{level}" (p. ej. 4h, 1h, 30m)',
  'init.ask.avoidTopics': 'Temas que los mensajes de la marca nunca deben tocar (separados por comas)',
  'init.invalid.required': 'No puede quedar vacío.',
  'init.invalid.name':
    'El nombre del negocio es una sola línea, sin caracteres de control como tabuladores o saltos de línea.',
  'init.invalid.url': 'Escribe una dirección web completa que empiece por https://',
  'init.invalid.hashtag': 'Un hashtag empieza por # y no tiene espacios, p. ej. #LaEspigaInforma',
  'init.invalid.timezone': 'No es una zona horaria: escríbela como Región/Ciudad, p. ej. Europe/Madrid',
  'init.invalid.phoneShort': 'Es demasiado corto para un teléfono: escríbelo entero, p. ej. +34 600 111 222',
  'init.invalid.phone': 'Usa cifras, espacios y un + inicial opcional, p. ej. +34 600 111 222',
  'init.invalid.email': 'Eso no es un correo electrónico.',
  'init.invalid.reachable': 'Indica un teléfono o un correo: en una crisis hay que poder localizar a esta persona.',
  'init.invalid.duration': 'Escríbelo como 15m, 2h, 1h30m o 1d.',
  'init.invalid.durationZero': 'Debe ser mayor que 0: escríbelo como 15m, 2h o 1d.',
  'init.invalid.deadlineOrder':
    'Un nivel más grave no puede dar más tiempo que uno más leve: como mucho {within}, el plazo de "{level}".',
  'init.invalid.channels': 'Elige al menos un canal.',
  'init.yaml.header': 'Plan de crisis en redes sociales de {name}.',
  'init.yaml.lint': 'Revísalo con `crisis lint` después de cada cambio, y guárdalo en git.',
  'init.yaml.brand': 'Quién habla. El comunicado completo se publica en apology_url; toda disculpa lleva el hashtag.',
  'init.yaml.apologyUrl': 'Los canales cortos (X, Instagram) siempre enlazan aquí en lugar de contarlo todo.',
  'init.yaml.channels':
    'Vuestros medios. short: unas líneas que enlazan al comunicado; long: el comunicado completo. Se comprueba max_length.',
  'init.yaml.contacts':
    'Personas a las que llamar, con un teléfono localizable de noche. backup es quien hace de suplente cuando no se puede localizar a alguien.',
  'init.yaml.levels':
    'Tres niveles: un comentario negativo se responde; una posible crisis avisa al equipo; una crisis reúne a los responsables, que acuerdan un solo mensaje. respond_within es el plazo para la primera respuesta pública; update_every, cada cuánto toca informar en público después.',
  'init.yaml.triage': 'Preguntas que eligen el nivel cuando pasa algo. Gana la respuesta más grave.',
  'init.yaml.monitoring':
    'Lo que lee crisis watch (docs/watch.md): quita los #, pon tu marca y tus feeds (Google Alerts como feed, una etiqueta de Mastodon, una búsqueda de Reddit).',
  'init.yaml.responses':
    'Mensajes aprobados de antemano, para no esperar a la dirección mientras crece el enfado. {{...}} se rellena durante el incidente.',
  'init.yaml.policies':
    'Reglas para todo mensaje: temas a evitar, quién aprueba una compensación, a quién se avisa si un departamento responde tarde.',
  'init.level.negative': 'Comentario negativo',
  'init.level.negativeDescription': 'Un cliente descontento: vigilar, responder con educación, seguir por privado.',
  'init.level.possible': 'Posible crisis',
  'init.level.possibleDescription':
    'Varias quejas sobre lo mismo, o una de una cuenta con mucha audiencia: avisar al equipo.',
  'init.level.crisis': 'Crisis',
  'init.level.crisisDescription':
    'Se extiende rápido o preguntan los medios: reunir a los responsables y acordar un solo mensaje.',
  'init.step.reply': 'Responder en público con educación y ofrecer seguir por privado',
  'init.step.tellTeam': 'Avisar al equipo con el aviso interno',
  'init.step.convene': 'Reunir a los responsables y acordar el mensaje',
  'init.step.statement': 'Publicar el comunicado completo',
  'init.step.shortApology': 'Publicar la disculpa breve que enlaza el comunicado',
  'init.triage.reach': '¿Cuánta gente habla del tema?',
  'init.triage.reachOne': 'Un comentario aislado',
  'init.triage.reachSeveral': 'Varios clientes se quejan de lo mismo',
  'init.triage.reachViral': 'Es viral o lo recogen medios',
  'init.response.thanks': 'Agradecer y seguir por privado',
  'init.response.statement': 'Comunicado completo: disculpa y solución',
  'init.response.apologyShort': 'Disculpa breve que enlaza el comunicado',
  'init.response.internal': 'Aviso interno al equipo',
  'init.var.customer': 'Nombre o usuario del cliente',
  'init.var.customerExample': '@marta_g',
  'init.var.problem': 'Qué ha pasado',
  'init.var.problemShort': 'Qué ha pasado, en pocas palabras',
  'init.var.problemExample': 'el retraso en las entregas de esta semana',
  'init.var.fix': 'Qué hacemos para solucionarlo',
  'init.var.fixExample': 'entregaremos todos los pedidos pendientes antes del viernes',
  'init.var.what': 'Qué está pasando, en una frase',
  'init.var.whatExample': 'varios clientes se quejan de retrasos en las entregas',
  'init.text.thanks':
    'Hola {customer}, gracias por contárnoslo y perdona las molestias. Te escribimos por privado para solucionarlo.',
  'init.template.statement':
    'Comunicado de {{brand.name}}\n\nQueremos pedir disculpas a nuestros clientes por {problem}.\n\nEs responsabilidad nuestra, y lo sentimos.\n\nQué vamos a hacer: {fix}. Cada cliente afectado recibirá un mensaje privado.\n\nSeguiremos informando aquí y con el hashtag {{brand.hashtag}}.\n\nEl equipo de {{brand.name}}',
  'init.template.apologyShort':
    'Lamentamos {problem}. Qué ha pasado y qué estamos haciendo: {{brand.apology_url}} {{brand.hashtag}}',
  'init.template.internal':
    'Aviso de {{brand.name}}: {what}.\nNivel: {{incident.level_name}}. Enlace: {{incident.link}}\nNo respondáis en redes por vuestra cuenta: lo coordina la community manager.',

  // crisis statement (la página de brand.apology_url)
  'cmd.statement.description':
    'escribir la página a la que enlazan las disculpas breves (brand.apology_url): el comunicado tal como se publicó, y sus actualizaciones',
  'cmd.statement.id': 'el incidente (por defecto: el abierto más reciente, si no, el más reciente)',
  'cmd.statement.out': 'escribir en este archivo en vez de en la salida estándar',
  'cmd.statement.template':
    'tu propia plantilla de Handlebars (por defecto: templates/statement.html.hbs junto al plan, si no, la de crisis)',
  'statementCmd.noStatement':
    'El incidente {id} aún no tiene comunicado publicado. La página muestra la disculpa larga tal como se publicó: una respuesta de tipo apology ({responses}) en un canal largo ({channels}).{resume}',
  'statementCmd.early':
    'El incidente {id} aún no tiene comunicado publicado, así que la página muestra los mensajes públicos hasta ahora. Publica el comunicado (una respuesta de tipo apology: {responses}, en un canal largo: {channels}) y vuelve a escribir la página.',
  'statementCmd.resume': ' Publícala con `{command}` y vuelve a ejecutar esto.',
  'statementCmd.written': 'Página del comunicado escrita en {path}. Súbela a {url}.',
  'statementCmd.writtenNoUrl':
    'Página del comunicado escrita en {path}. El plan no tiene brand.apology_url: añade la dirección donde estará, para que las disculpas breves enlacen a ella.',
  'statementCmd.template': 'Plantilla del comunicado {path}:{line}:{column}: {message}',
  'statementCmd.templateField':
    'Plantilla del comunicado {path}:{line}:{column}: "{field}" no es un campo de la página. Sus campos: {fields} (ver docs/statement-page.md).',
  'statementCmd.templateRender': 'La plantilla del comunicado {path} no se puede generar: {detail}.',
  'escalate.statementWritten': 'Página del comunicado escrita en {path}.',
  'escalate.noStatementPage':
    'En este simulacro no se ha publicado ningún comunicado, así que no se ha escrito la página. El comunicado es una respuesta de tipo apology ({responses}) publicada en un canal largo ({channels}).',
  'walk.statement.hint':
    'El comunicado ya está publicado. Escribe la página a la que enlazan las disculpas breves con: {command}',
  'walk.statement.offer': '¿Escribo de nuevo la página del comunicado, con esta actualización?',
  'walk.statement.path': '¿Dónde escribo la página del comunicado?',
  'walk.statement.failed':
    'La página del comunicado no se ha escrito en {path}: {reason}. Escríbela más tarde con: {command}',
  // La página, en el idioma del plan
  'statementPage.title': 'Comunicado',
  'statementPage.published': 'Publicado el',
  'statementPage.updated': 'actualizado el',
  'statementPage.updates': 'Actualizaciones',
  'statementPage.follow': 'Seguimos informando con',
  'statementPage.pending':
    'Publicaremos el comunicado completo en esta página. Mientras tanto, esto es lo que hemos dicho hasta ahora.',
  'statementPage.lastUpdated': 'Actualizado el',

  'ruleDoc.yaml-syntax': 'El archivo no es YAML válido (también claves duplicadas y bombas de alias).',
  'ruleDoc.schema':
    'Tipo incorrecto, clave obligatoria ausente o clave desconocida; también una variable con el nombre de una raíz del contexto (brand, incident, channel).',
  'ruleDoc.disable-comment':
    'Un comentario crisis-lint-disable-next-line nombra una regla que no existe, así que no silencia nada.',
  'ruleDoc.duplicate-id': 'Dos elementos de una lista comparten id.',
  'ruleDoc.unknown-reference': 'Un id que no corresponde a nada.',
  'ruleDoc.self-backup': 'Un contacto es su propio suplente.',
  'ruleDoc.contact-unreachable': 'Un contacto sin correo ni teléfono.',
  'ruleDoc.template-missing': 'Una plantilla que no existe o está fuera de la carpeta del plan.',
  'ruleDoc.template-syntax':
    'Una plantilla que Handlebars no puede leer, que no podría mostrarse (un helper desconocido, un bloque mal usado, un literal donde va un nombre), o que anida bloques a más de 100 niveles.',
  'ruleDoc.undeclared-variable':
    'Una plantilla usa un nombre que no está en el contexto ni declarado, o un campo que la marca o un canal no definen.',
  'ruleDoc.apology-links': 'A una disculpa para un canal corto le falta el enlace al comunicado o el hashtag.',
  'ruleDoc.message-too-long':
    'Una respuesta, con sus ejemplos, es más larga de lo que admite un canal al que puede llegar (los suyos, o uno en que la publica un paso).',
  'ruleDoc.duplicate-feed': 'Dos feeds de monitoring.feeds comparten dirección o nombre.',
  'ruleDoc.missing-backup': 'Un contacto avisado en el nivel más grave no tiene suplente.',
  'ruleDoc.level-without-notify': 'Un nivel de gravedad 2 o más no avisa a nadie.',
  'ruleDoc.level-without-updates': 'Un nivel de gravedad 2 o más no tiene update_every.',
  'ruleDoc.sla-order': 'Un nivel más grave da más tiempo para responder que uno más leve.',
  'ruleDoc.level-unreachable': 'Hay triaje pero ninguna opción lleva a este nivel.',
  'ruleDoc.unused-variable': 'Una variable declarada que el texto no usa.',
  'ruleDoc.avoid-topic': 'Una respuesta contiene un tema a evitar.',
  'ruleDoc.unapproved-response': 'Una respuesta sin approved_by.',
  'ruleDoc.control-character': 'El texto de una respuesta contiene un carácter de control (ESC, BEL, un CR suelto…).',
  'ruleDoc.spike-alert':
    'monitoring.alert no distingue un pico: una sola mención, o una ventana más corta que el tiempo entre consultas.',
  'ruleDoc.keywords-without-feed': 'El plan tiene palabras o etiquetas que vigilar pero ningún feed donde leerlas.',
};
