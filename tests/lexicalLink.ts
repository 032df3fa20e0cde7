/** A Lexical document of one paragraph holding one link (or autolink) whose text is "kliknij". */
export const paragraphWithLink = (type: 'link' | 'autolink', url: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          {
            type,
            version: 3,
            direction: null,
            format: '',
            indent: 0,
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', version: 1, text: 'kliknij', format: 0, mode: 'normal', style: '', detail: 0 }],
          },
        ],
      },
    ],
  },
})
