/**
 * `cem analyze` reads the element's JSDoc (@attr, @fires, @csspart, @cssprop) into
 * custom-elements.json, for editors and tools that read the installed package. The plugins make
 * it describe what the package ships rather than its sources: module paths of dist/lib, public
 * members only, and each event's detail type as events.ts declares it.
 */
const ELEMENT_DIR = 'src/components/line-gov-faq';
const EVENTS_MODULE = `${ELEMENT_DIR}/events.ts`;

export default {
  globs: [`${ELEMENT_DIR}/line-gov-faq.component.ts`, `${ELEMENT_DIR}/line-gov-faq.ts`, EVENTS_MODULE, 'src/index.ts'],
  litelement: true,
  outdir: '.',
  plugins: [eventDetailTypes(), publicMembersOnly(), valueExportsOnly(), shippedPaths()],
};

/** `src/x/y.ts` → `dist/lib/x/y.js`, where rollup writes it (with `y.d.ts` beside it). */
const shipped = (path) => path.replace(/^\.?\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

/**
 * Each event's type, `CustomEvent<{ …detail… }>`, written out from the detail interfaces of
 * events.ts, so that tools need not resolve names the manifest cannot point to. An event the
 * JSDoc names and events.ts does not type fails the build.
 */
function eventDetailTypes() {
  const interfaces = new Map();
  return {
    name: 'line-gov-faq:event-detail-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!moduleDoc.path.endsWith(EVENTS_MODULE) || !ts.isInterfaceDeclaration(node)) return;
      interfaces.set(
        node.name.text,
        node.members.filter(ts.isPropertySignature).map((member) => ({
          name: member.name.getText(),
          optional: Boolean(member.questionToken),
          type: member.type?.getText() ?? 'unknown',
        })),
      );
    },
    packageLinkPhase({ customElementsManifest }) {
      const eventMap = interfaces.get('LineGovFaqEventMap') ?? [];
      const inline = (type) =>
        type.replace(/CustomEvent<(\w+)>/, (_, detail) => {
          const members = interfaces.get(detail);
          if (!members) throw new Error(`events.ts: no interface ${detail}`);
          return `CustomEvent<{ ${members.map((m) => `${m.name}${m.optional ? '?' : ''}: ${m.type}`).join('; ')} }>`;
        });
      const types = new Map(eventMap.map((entry) => [entry.name.replace(/^'|'$/g, ''), inline(entry.type)]));
      for (const declaration of allDeclarations(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const type = types.get(event.name);
          if (!type) throw new Error(`@fires ${event.name}: not in LineGovFaqEventMap (events.ts)`);
          event.type = { text: type };
        }
      }
    },
  };
}

/** Private and protected members are the element's own business, not its interface. */
function publicMembersOnly() {
  return {
    name: 'line-gov-faq:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of allDeclarations(customElementsManifest)) {
        if (declaration.members)
          declaration.members = declaration.members.filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
          );
      }
    },
  };
}

/** `export type { … }` names nothing a script can import: the .d.ts files carry the types. */
function valueExportsOnly() {
  const typeOnly = new Map();
  return {
    name: 'line-gov-faq:value-exports-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.isTypeOnly || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
      const names = typeOnly.get(moduleDoc.path) ?? new Set();
      for (const element of node.exportClause.elements) names.add(element.name.text);
      typeOnly.set(moduleDoc.path, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const names = typeOnly.get(module.path);
        if (names && module.exports) module.exports = module.exports.filter((exported) => !names.has(exported.name));
      }
    },
  };
}

/**
 * Module paths of the built package instead of the sources, which it does not ship. The
 * events module was read only for its types: it declares nothing a tool should list.
 */
function shippedPaths() {
  return {
    name: 'line-gov-faq:shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules.filter((module) => !module.path.endsWith(EVENTS_MODULE));
      // A re-export (`export { LineGovFaq }` of an imported class) names the module that declares it.
      const declaredIn = new Map(modules.flatMap((module) => (module.declarations ?? []).map((d) => [d.name, module.path])));
      const relink = (reference, from) => {
        if (!reference?.module || reference.package) return;
        let path = /^\.\.?\//.test(reference.module)
          ? new URL(reference.module, `file:///${from}`).pathname.slice(1).replace(/\.js$/, '.ts')
          : reference.module;
        const declaring = modules.find((module) => module.path === path);
        if (!declaring?.declarations?.some((d) => d.name === reference.name) && declaredIn.has(reference.name))
          path = declaredIn.get(reference.name);
        reference.module = shipped(path);
      };
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          relink(declaration.superclass, module.path);
          for (const member of declaration.members ?? []) relink(member.inheritedFrom, module.path);
        }
        for (const exported of module.exports ?? []) relink(exported.declaration, module.path);
      }
      for (const module of modules) module.path = shipped(module.path);
      customElementsManifest.modules = modules;
    },
  };
}

function allDeclarations(manifest) {
  return manifest.modules.flatMap((module) => module.declarations ?? []);
}
