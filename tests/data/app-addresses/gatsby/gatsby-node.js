const path = require(`path`)
const { createFilePath } = require(`gatsby-source-filesystem`)

const templatResep = path.resolve(`./src/templates/resep.js`)

exports.createPages = async ({ graphql, actions, reporter }) => {
  const { createPage } = actions
  const hasil = await graphql(`
    {
      allMarkdownRemark(sort: { frontmatter: { date: ASC } }) {
        nodes {
          id
          fields {
            slug
          }
        }
      }
    }
  `)
  if (hasil.errors) {
    reporter.panicOnBuild(`Gagal memuat resep`, hasil.errors)
    return
  }
  hasil.data.allMarkdownRemark.nodes.forEach(resep => {
    createPage({
      path: resep.fields.slug,
      component: templatResep,
      context: { id: resep.id },
    })
  })
}

exports.onCreateNode = ({ node, actions, getNode }) => {
  const { createNodeField } = actions
  if (node.internal.type === `MarkdownRemark`) {
    const value = createFilePath({ node, getNode })
    createNodeField({ name: `slug`, node, value })
  }
}
