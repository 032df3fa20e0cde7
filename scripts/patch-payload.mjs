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
