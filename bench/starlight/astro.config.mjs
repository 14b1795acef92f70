// @ts-check
// A vanilla Starlight site: the comparison point for bench/build-scaling.ts. Its docs folder is filled with
// the benchmark corpus before each build and emptied afterwards; nothing here is customised on purpose.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://docs.example.com',
	integrations: [starlight({ title: 'Starlight benchmark' })],
});
