#!/usr/bin/env node
// Fixes in Payload's admin bundles that no setting reaches (run by `npm install` as postinstall).
// Each is an exact text replacement in the minified bundle; a bundle that has neither the old
// nor the new text (another Payload version) stops the install with a one-line reason, so that
// a Payload upgrade is checked against these fixes instead of losing them silently.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundle = (pkg) => path.join(root, 'node_modules', pkg, 'dist/exports/client/index.js')
const versionView = (file) => path.join(root, 'node_modules/@payloadcms/next/dist/views/Version', file)

const FIXES = [
  {
    file: bundle('@payloadcms/ui'),
    why: 'the schedule dialog defaults to publishing for a document that is not published yet (Payload chose "unpublish")',
    from: 'defaultType:D?"publish":"unpublish"',
    to: 'defaultType:D||!r?"publish":"unpublish"',
  },
  {
    file: bundle('@payloadcms/ui'),
    why: "the schedule dialog's date field uses the admin's date format (24-hour) and a translated time column",
    from: 'pickerAppearance:"dayAndTime",readOnly:F,timeFormat:o?.timeFormat',
    to: 'pickerAppearance:"dayAndTime",displayFormat:r,overrides:{timeCaption:m("general:time")},readOnly:F,timeFormat:o?.timeFormat',
  },
  {
    file: bundle('@payloadcms/ui'),
    why: "a checkbox has no tooltip showing the field's code name",
    from: 'required:h,title:n,type:"checkbox"',
    to: 'required:h,type:"checkbox"',
  },
  {
    file: bundle('@payloadcms/richtext-lexical'),
    why: "a toolbar button says what it does (tooltip and accessible name), from the item's label or lexical:toolbarButton:<key>",
    from: 'var Gs="toolbar-popup__button",Ht=t=>{let e=I1(14),{active:o,children:r,editor:n,enabled:l,item:s}=t,',
    to:
      'var Gs="toolbar-popup__button",PortalToolbarLabel=s=>{let{i18n:b}=lh(),{fieldProps:{featureClientSchemaMap:c,schemaPath:d}}=G();' +
      'if(s.label)return typeof s.label=="function"?s.label({featureClientSchemaMap:c,i18n:b,schemaPath:d}):s.label;' +
      'let k=`lexical:toolbarButton:${s.key}`,v=b.t(k);return v&&v!==k?v:void 0},' +
      'Ht=t=>{let e=I1(14),{active:o,children:r,editor:n,enabled:l,item:s}=t,PortalLabel=PortalToolbarLabel(s),',
  },
  {
    file: bundle('@payloadcms/richtext-lexical'),
    why: 'the toolbar button renders the label (it is not memoised on it)',
    from: 'return e[9]!==r||e[10]!==p||e[11]!==f||e[12]!==s.key?(T=v1("button",{className:p,',
    to: 'return e[9]!==r||e[10]!==p||e[11]!==f||e[12]!==s.key||!0?(T=v1("button",{"aria-label":PortalLabel,title:PortalLabel,className:p,',
  },
  {
    file: bundle('@payloadcms/richtext-lexical'),
    why: "a toolbar dropdown's accessible name is translated (lexical:toolbarDropdown:<group key>), not '<key> dropdown'",
    from: 'let{items:d,key:c}=r,u=G1(',
    to: 'let{items:d,key:c}=r,{i18n:PortalDropdownI18n}=lh(),PortalDropdownKey=`lexical:toolbarDropdown:${c}`,PortalDropdownLabel=PortalDropdownI18n.t(PortalDropdownKey),u=G1(',
  },
  {
    file: bundle('@payloadcms/richtext-lexical'),
    why: 'the toolbar dropdown uses that name',
    from: 'buttonAriaLabel:`${c} dropdown`',
    to: 'buttonAriaLabel:PortalDropdownLabel&&PortalDropdownLabel!==PortalDropdownKey?PortalDropdownLabel:`${c} dropdown`',
  },
  {
    file: versionView('Restore/index.js'),
    why: 'restoring a version of a document with drafts makes a draft by default; publishing at once is the other, named choice',
    from: "  const canRestoreAsDraft = status !== 'draft' && collectionConfig?.versions?.drafts;",
    to: "  const canRestoreAsDraft = Boolean(collectionConfig?.versions?.drafts);\n  const canPublishRestored = canRestoreAsDraft && status !== 'draft';",
  },
  {
    file: versionView('Restore/index.js'),
    why: 'the restore dialog says what the chosen restore does (a draft, or published now)',
    from: "t(globalConfig ? 'version:aboutToRestoreGlobal' : 'version:aboutToRestore', {",
    to: "t(globalConfig ? 'version:aboutToRestoreGlobal' : draft ? 'version:aboutToRestoreVersionAsDraft' : 'version:aboutToRestore', {",
  },
  {
    file: versionView('Restore/index.js'),
    why: 'the restore button restores as a draft; its menu offers restoring and publishing now (for a published version)',
    from: `        className: [canRestoreAsDraft && \`\${baseClass}__restore-as-draft-button\`].filter(Boolean).join(' '),
        onClick: () => toggleModal(modalSlug),
        size: "xsmall",
        SubMenuPopupContent: canRestoreAsDraft ? () => /*#__PURE__*/_jsx(PopupList.ButtonGroup, {
          children: /*#__PURE__*/_jsx(PopupList.Button, {
            onClick: () => [setDraft(true), toggleModal(modalSlug)],
            children: t('version:restoreAsDraft')
          })
        }) : null,
        children: t('version:restoreThisVersion')`,
    to: `        className: [canPublishRestored && \`\${baseClass}__restore-as-draft-button\`].filter(Boolean).join(' '),
        onClick: () => [setDraft(canRestoreAsDraft), toggleModal(modalSlug)],
        size: "xsmall",
        SubMenuPopupContent: canPublishRestored ? () => /*#__PURE__*/_jsx(PopupList.ButtonGroup, {
          children: /*#__PURE__*/_jsx(PopupList.Button, {
            onClick: () => [setDraft(false), toggleModal(modalSlug)],
            children: t('version:restoreThisVersion')
          })
        }) : null,
        children: t(canRestoreAsDraft ? 'version:restoreAsDraft' : 'version:restoreThisVersion')`,
  },
  {
    file: versionView('index.js'),
    why: 'a version is compared with the current one by default (what restoring it would change), not with the autosave before it',
    from: `  const versionFrom = versionFromResult ||
  // By default, we'll compare the previous version. => versionFrom = version previous to versionTo
  previousVersion;`,
    to: `  const currentVersion = versionFromResult ? null : (await fetchVersions({ collectionSlug, depth: 1, draft: true, globalSlug, limit: 1, locale: 'all', overrideAccess: false, parentID: id, req, sort: '-updatedAt', user }))?.docs?.[0] ?? null;
  const versionFrom = versionFromResult || (currentVersion && currentVersion.id !== versionTo.id ? currentVersion : null) || previousVersion;`,
  },
]

for (const fix of FIXES) {
  const text = readFileSync(fix.file, 'utf8')
  if (text.includes(fix.to)) continue
  const count = text.split(fix.from).length - 1
  if (count !== 1) {
    console.error(`patch-payload: ${path.relative(process.cwd(), fix.file)} does not contain the code to fix once (${fix.why}); check the fix against this Payload version`)
    process.exit(1)
  }
  writeFileSync(fix.file, text.replace(fix.from, fix.to))
  console.log(`patch-payload: ${fix.why}`)
}
