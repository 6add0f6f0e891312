// GFM task lists ("- [ ] ...") become bare checkboxes, which screen readers
// announce with no name (axe: "label", critical). Name each one by its item's text.
import { visit } from 'unist-util-visit';

const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));

export default function rehypeTaskListLabels() {
  return (tree) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'li') return;
      const box = node.children.find((c) => c.type === 'element' && c.tagName === 'input' && c.properties?.type === 'checkbox');
      if (!box) {
        const p = node.children.find((c) => c.type === 'element' && c.tagName === 'p');
        const inner = p?.children.find((c) => c.type === 'element' && c.tagName === 'input' && c.properties?.type === 'checkbox');
        if (inner) inner.properties['ariaLabel'] = textOf(node).trim().slice(0, 160);
        return;
      }
      box.properties['ariaLabel'] = textOf(node).trim().slice(0, 160);
    });
  };
}
