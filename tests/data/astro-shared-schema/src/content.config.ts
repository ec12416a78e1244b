import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

// Every article starts as a draft until the editor sets `draft: false`.
const baseSchema = z.object({
  title: z.string(),
  pubDate: z.coerce.date(),
  draft: z.boolean().default(true),
});

const berita = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./src/content/berita" }),
  schema: ({ image }) =>
    baseSchema.extend({
      cover: image().optional(),
    }),
});

const opiniSchema = baseSchema.extend({
  penulis: z.string(),
})

const opini = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./src/content/opini" }),
  schema: opiniSchema,
})

// Notes are published as soon as they are written.
const catatan = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./src/content/catatan" }),
  schema: baseSchema.extend({ draft: z.boolean().default(false) }),
});

export const collections = { berita, opini, catatan };
