import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

// Situs dokumentasi Sistem Informasi Desa.
const situs = 'https://sid.desa.id';

const config: Config = {
  title: 'Sistem Informasi Desa',
  tagline: 'Panduan untuk perangkat desa',
  favicon: 'img/favicon.ico',
  url: situs,
  baseUrl: '/dokumentasi/',
  onBrokenLinks: 'throw',
  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
  },
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'panduan',
          sidebarPath: './sidebars.ts',
          editUrl: `https://github.com/desa/sid/tree/main/${'situs'}/`,
        },
        blog: {
          showReadingTime: true,
          blogTitle: "Kabar SID",
        },
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {id: 'komunitas', path: 'komunitas', routeBasePath: 'komunitas', sidebarPath: './sidebarsKomunitas.ts'},
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'SID',
      items: [{to: '/blog', label: 'Kabar', position: 'left'}],
    },
    prism: {theme: prismThemes.github},
  } satisfies Preset.ThemeConfig,
};

export default config;
