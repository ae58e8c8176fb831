// Custom-elements manifest (`custom-elements.json`) and the editor files made from it: VS Code
// custom HTML and CSS data and JSX types for the tags, all three written to dist/.
import { readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';

/** Where the events every element fires are declared, as `GlobalEventHandlersEventMap` entries. */
const EVENTS_MODULE = 'src/core/events.ts';

/**
 * The module the JSX types import element classes and event details from: the package itself,
 * so the types follow wherever its `exports` put the declarations.
 */
const TYPES_ENTRY = 'lede-elements';

/** Lit's `@property({ type })` converters, as the TypeScript type they produce. */
const LIT_CONVERTER_TYPES = { Number: 'number', Boolean: 'boolean', String: 'string' };

/**
 * Fills what the analyzer cannot see in Lede's code:
 * - tags registered with the base class's guarded `Element.define('lede-…')` in each
 *   `define.ts`, recorded as the `custom-element-definition` export that the analyzer makes for
 *   `customElements.define`, so every class gets its tag name;
 * - the type of a property whose initializer is an expression (`2 * 1024 * 1024`), from its Lit
 *   `type` converter, and on the attribute of any property whose type was resolved late;
 * - each event's type, the `Event` subclass declared for its name in `GlobalEventHandlersEventMap`;
 * - the values of attributes typed with an alias (`layout: ArticleCardLayout`), spelled out as
 *   `expandedType` so that editors can offer them;
 * - module-level declarations that are not exported, which the analyzer sometimes picks up
 *   from local variables.
 */
function ledeConventions() {
  let eventClasses = new Map();
  let typescript;
  return {
    name: 'lede-conventions',
    initialize({ ts }) {
      typescript = ts;
      eventClasses = readEventClasses(ts, EVENTS_MODULE);
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isCallExpression(node)) recordDefineCall(ts, node, moduleDoc);
      if (ts.isClassDeclaration(node) && node.name) typeFromLitConverters(ts, node, moduleDoc);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const exported = new Set((module.exports ?? []).map((entry) => entry.name));
        module.declarations = (module.declarations ?? []).filter((declaration) =>
          exported.has(declaration.name),
        );
        for (const declaration of module.declarations) {
          if (declaration.kind !== 'class') continue;
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find(
              (member) => member.name === attribute.fieldName,
            );
            if (!attribute.type && field?.type) attribute.type = { ...field.type };
          }
          for (const event of declaration.events ?? []) {
            const eventClass = eventClasses.get(event.name);
            if (!event.type && eventClass) event.type = { text: eventClass };
          }
        }
      }
      expandAttributeTypes(typescript, customElementsManifest);
    },
  };
}

/** `LedeStatBadge.define('lede-stat-badge')` → a definition of the tag for the imported class. */
function recordDefineCall(ts, node, moduleDoc) {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'define') return;
  if (!ts.isIdentifier(callee.expression)) return;
  const [tagArgument] = node.arguments;
  if (!tagArgument || !ts.isStringLiteral(tagArgument) || !tagArgument.text.includes('-')) return;
  const className = callee.expression.text;
  const importPath = relativeImportOf(ts, node.getSourceFile(), className);
  const module = importPath
    ? new URL(importPath, `file:///${moduleDoc.path}`).pathname.slice(1).replace(/\.js$/, '.ts')
    : moduleDoc.path;
  moduleDoc.exports = [
    ...(moduleDoc.exports ?? []),
    {
      kind: 'custom-element-definition',
      name: tagArgument.text,
      declaration: { name: className, module },
    },
  ];
}

/** The relative module that `sourceFile` imports `name` from, if it does. */
function relativeImportOf(ts, sourceFile, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const path = statement.moduleSpecifier.text;
    return path.startsWith('.') ? path : undefined;
  }
  return undefined;
}

/** Gives untyped fields of `classNode` the type their `@property({ type })` converter makes. */
function typeFromLitConverters(ts, classNode, moduleDoc) {
  const classDoc = moduleDoc.declarations.find((doc) => doc.name === classNode.name.text);
  if (!classDoc) return;
  for (const member of classNode.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const field = classDoc.members?.find((doc) => doc.name === member.name.text);
    if (!field || field.type) continue;
    const converter = litConverterOf(ts, member);
    if (converter) field.type = { text: converter };
  }
}

/** `number` for `@property({ type: Number })`, and so on; undefined without a converter. */
function litConverterOf(ts, member) {
  for (const decorator of ts.getDecorators?.(member) ?? []) {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
    const [options] = call.arguments;
    if (!options || !ts.isObjectLiteralExpression(options)) continue;
    for (const option of options.properties) {
      if (ts.isPropertyAssignment(option) && option.name.getText() === 'type') {
        return LIT_CONVERTER_TYPES[option.initializer.getText()];
      }
    }
  }
  return undefined;
}

/**
 * Sets `expandedType` on each element attribute whose TypeScript type is a union of string
 * literals, as the literals themselves: `'vertical' | 'horizontal' | 'compact' | 'hero'`.
 */
function expandAttributeTypes(ts, manifest) {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => ({ path: module.path, declaration })),
  );
  const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, '.');
  const program = ts.createProgram({
    rootNames: elements.map(({ path }) => path),
    options: { ...options, noEmit: true },
  });
  const checker = program.getTypeChecker();
  for (const { path, declaration } of elements) {
    const classNode = program
      .getSourceFile(path)
      ?.statements.find(
        (statement) =>
          ts.isClassDeclaration(statement) && statement.name?.text === declaration.name,
      );
    if (!classNode) continue;
    const instanceType = checker.getTypeAtLocation(classNode);
    for (const attribute of declaration.attributes ?? []) {
      const symbol = instanceType.getProperty(attribute.fieldName);
      if (!symbol) continue;
      const literals = stringLiterals(ts, checker.getTypeOfSymbolAtLocation(symbol, classNode));
      if (literals) attribute.expandedType = { text: literals.map((v) => `'${v}'`).join(' | ') };
    }
  }
}

/** The values of a union of string literals (`undefined` aside), or undefined for other types. */
function stringLiterals(ts, type) {
  const members = (type.isUnion() ? type.types : [type]).filter(
    (member) => !(member.flags & ts.TypeFlags.Undefined),
  );
  if (members.length === 0 || !members.every((member) => member.isStringLiteral())) {
    return undefined;
  }
  return members.map((member) => member.value);
}

/** Event name → the `Event` subclass that `GlobalEventHandlersEventMap` declares for it in `path`. */
function readEventClasses(ts, path) {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const eventClasses = new Map();
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
          eventClasses.set(member.name.text, member.type.getText());
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return eventClasses;
}

/**
 * JSX types for the tags. The generator types a handler as `CustomEvent<T>` with T the event's
 * manifest type, so it is handed the type of the event class's `detail` instead of the class:
 * handlers then read a typed `event.detail`, and a handler typed with the event class fits as
 * well. It is written as an import type because the generator would import a bare name once per
 * element, a duplicate identifier.
 */
function jsxTypes(options) {
  return {
    name: 'lede-jsx-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (!event.type) continue;
            event.type = { text: `import('${TYPES_ENTRY}').${event.type.text}['detail']` };
          }
        }
      }
      generateJsxTypes(manifest, options);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/core/lede-element.ts'],
  // Styles and the shared render helpers hold no element; define entries stay for their tags.
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    ledeConventions(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideMethodDocs: true,
      typesSrc: 'expandedType',
      hideLogs: true,
    }),
    jsxTypes({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      globalTypePath: TYPES_ENTRY,
      hideMethodDocs: true,
      hideLogs: true,
    }),
  ],
};
