import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

// Drafts are visible in `astro dev` but left out of production builds
// (see src/pages/karya/[slug].astro).
const karya = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./src/content/karya" }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    draft: z.boolean().default(true),
  }),
});

const blog = defineCollection({
  loader: glob({ pattern: "**/*.{md,mdx}", base: "./src/data/blog" }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      pubDate: z.coerce.date(),
      published: z.boolean().default(false),
    }),
});

const catatan = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./src/content/catatan" }),
  schema: z.object({
    title: z.string(),
    draft: z.boolean().default(false),
  }),
});

export const collections = { karya, blog, catatan };
