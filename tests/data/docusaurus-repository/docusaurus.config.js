// @ts-check
import { themes as prismThemes } from 'prism-react-renderer'

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Praktikum Struktur Data',
  url: 'https://praktikum.kampus.ac.id',
  baseUrl: '/sda/',
  i18n: { defaultLocale: 'id', locales: ['id', 'en'] },
  presets: [
    [
      'classic',
      ({
        docs: { sidebarPath: './sidebars.js', tags: 'label.yml' },
        blog: { showReadingTime: true },
        theme: { customCss: './src/css/custom.css' }
      })
    ]
  ],
  themeConfig: { prism: { theme: prismThemes.github } },
  plugins: [
    ['./src/plugins/tailwind-config.js', {}],
    ['./src/plugins/blog-plugin', { id: 'tugas', path: 'tugas', routeBasePath: 'tugas' }]
  ]
}

export default config
