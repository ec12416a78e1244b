import { berita } from '#site/content'

export default function Halaman({ params }: { params: { slug: string } }) {
  const item = berita.find((b) => b.slug === `berita/${params.slug}`)
  return <article dangerouslySetInnerHTML={{ __html: item?.content ?? '' }} />
}
