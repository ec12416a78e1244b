import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

const berita = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./src/data/berita" }),
  schema: z.object({ title: z.string(), pubDate: z.coerce.date() }),
});

const agenda = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/data/agenda" }),
  schema: z.object({ title: z.string(), tanggal: z.string() }),
});

export const collections = { berita, agenda };
