import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://panduan.desa.id',
  integrations: [starlight({ title: 'Panduan Desa Digital' })],
});
