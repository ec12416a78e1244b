import nextra from 'nextra'

const withNextra = nextra({
  latex: true,
})

export default withNextra({
  reactStrictMode: true,
})
