import nextra from 'nextra'

const withNextra = nextra({
  search: { codeblocks: false },
})

export default withNextra({
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
  },
})
