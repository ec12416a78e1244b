import { generateStaticParamsFor, importPage } from 'nextra/pages'
import { useMDXComponents } from '../../../mdx-components'

export const generateStaticParams = generateStaticParamsFor('mdxPath', 'lang')

export default async function Page(props) {
  const params = await props.params
  const { default: MDXContent } = await importPage(params.mdxPath, params.lang)
  return <MDXContent {...props} params={params} />
}
