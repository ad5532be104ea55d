/** The summary both profiling scripts print: busy JS time, the functions with the most self time, the heaviest call paths. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const label = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
  const selfByName = new Map<string, number>();
  const totalByName = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const name = label(node);
    if (!['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName)) busy += ms;
    selfByName.set(name, (selfByName.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cursor: number | undefined = id; cursor !== undefined; cursor = parent.get(cursor)) {
      const ancestor = byId.get(cursor);
      if (!ancestor) break;
      const ancestorName = label(ancestor);
      if (seen.has(ancestorName)) continue;
      seen.add(ancestorName);
      totalByName.set(ancestorName, (totalByName.get(ancestorName) ?? 0) + ms);
    }
  }
  console.log(`busy JS ms ${busy.toFixed(1)}`);
  console.log('--- self');
  for (const [name, ms] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log(ms.toFixed(1).padStart(8), name);
  console.log('--- total');
  for (const [name, ms] of [...totalByName].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(ms.toFixed(1).padStart(8), name);
}
