import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

export const BERITA_PATH = "konten/berita";

const berita = defineCollection({
  loader: glob({ pattern: "**/[^_]*.md", base: `./${BERITA_PATH}` }),
  schema: z.object({
    title: z.string(),
    pubDatetime: z.date(),
    modDatetime: z.date().optional().nullable(),
    draft: z.boolean().optional(),
    tags: z.array(z.string()).default(["lainnya"]),
  }),
});

const halaman = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/halaman" }),
});

export const collections = { berita, halaman };
