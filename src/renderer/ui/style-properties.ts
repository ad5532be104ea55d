/**
 * styleProperties: sets inline style properties through the CSSOM on every
 * render, including the first. The renderer's CSP (style-src 'self') refuses
 * style *attributes*, and Lit's styleMap writes one on its first render, so
 * an element bound with styleMap first shows unstyled; this directive never does.
 *
 *     <div style=${styleProperties({ transform: `translateY(${y}px)` })}></div>
 */
import { noChange } from 'lit';
import { type AttributePart, Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style')
      throw new Error('styleProperties goes in a style attribute binding.');
  }

  render(_properties: Record<string, string>) {
    return noChange;
  }

  update(part: AttributePart, [properties]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
