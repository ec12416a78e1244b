// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// https://astro.build/config
export default defineConfig({
	site: 'https://bantuan.desa.id',
	base: '/layanan',
	integrations: [
		starlight({
			title: 'Bantuan Layanan Desa',
			defaultLocale: 'root',
			locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },
			sidebar: [
				{ label: 'Panduan Awal', autogenerate: { directory: 'Panduan Awal' } },
				{ label: 'Referensi', autogenerate: { directory: 'referensi' } },
			],
		}),
	],
});
