//! Tidy drawing of a rooted forest: Reingold–Tilford as improved by Walker and made
//! linear by Buchheim, Jünger and Leipert ("Improving Walker's Algorithm to Run in
//! Linear Time", 2002).
//!
//! The forest is given as `children` lists and its `roots`; the roots are laid out as
//! the children of a virtual super-root, so trees of a forest stand side by side with
//! the same separation rules as siblings. The result is, per node, a `breadth`
//! position (multiples of `1 / 2^k` units, minimum 0, siblings at least 1 apart) and
//! a `depth` (0 for roots). Every walk is iterative: a deep chain cannot overflow the
//! stack. Time and memory are linear in the number of nodes.
//!
//! Properties (tested below): a parent is centred over its first and last child;
//! nodes on one level keep their order and are at least 1 apart; identical subtrees
//! are drawn identically; a subtree's drawing does not depend on where it stands.

/// Positions of the nodes of a forest.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// Position across the levels (x in a top-down drawing), per node.
    pub breadth: Vec<f64>,
    /// Level, 0 for roots, per node.
    pub depth: Vec<usize>,
    /// Largest `breadth` (the minimum is 0 when there is a node).
    pub width: f64,
    /// Largest `depth`.
    pub height: usize,
}

/// Lays out the forest. `children[i]` are node `i`'s children in order; `roots` are
/// the nodes without a parent, in order. Nodes reachable from no root get breadth 0
/// and depth 0. Panics if an index is out of range; a node listed twice (not a
/// forest) is laid out at its first place.
pub fn layout(children: &[Vec<usize>], roots: &[usize]) -> Layout {
    let n = children.len();
    if n == 0 || roots.is_empty() {
        return Layout { breadth: vec![0.0; n], depth: vec![0; n], width: 0.0, height: 0 };
    }
    // Node `n` is the virtual super-root. Build the reached forest below it.
    let vr = n;
    let m = n + 1;
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); m];
    let mut parent = vec![usize::MAX; m];
    let mut number = vec![0usize; m]; // 1-based index among siblings
    let mut depth = vec![0usize; m];
    let mut seen = vec![false; m];
    seen[vr] = true;
    let mut order = Vec::with_capacity(m); // pre-order
    let mut stack = vec![vr];
    while let Some(v) = stack.pop() {
        order.push(v);
        let list: &[usize] = if v == vr { roots } else { &children[v] };
        for &c in list {
            if !seen[c] {
                seen[c] = true;
                parent[c] = v;
                number[c] = kids[v].len() + 1;
                depth[c] = if v == vr { 0 } else { depth[v] + 1 };
                kids[v].push(c);
            }
        }
        stack.extend(kids[v].iter().rev());
    }

    let mut t = Walker {
        kids,
        parent,
        number,
        prelim: vec![0.0; m],
        modifier: vec![0.0; m],
        shift: vec![0.0; m],
        change: vec![0.0; m],
        thread: vec![usize::MAX; m],
        ancestor: (0..m).collect(),
    };
    // First walk: post-order, siblings left to right, each child apportioned as soon
    // as its subtree is done (Walker's FIRSTWALK, with an explicit stack).
    let mut st: Vec<(usize, usize, usize)> = vec![(vr, 0, NONE)]; // (node, next child, default ancestor)
    while let Some(top) = st.last_mut() {
        let (v, k) = (top.0, top.1);
        if k < t.kids[v].len() {
            top.1 += 1;
            st.push((t.kids[v][k], 0, NONE));
            continue;
        }
        st.pop();
        t.first_walk(v);
        if let Some(up) = st.last_mut() {
            let da = if up.2 == NONE { t.kids[up.0][0] } else { up.2 };
            up.2 = t.apportion(v, da);
        }
    }
    // Second walk: pre-order; `acc[v]` is the sum of the modifiers of v's ancestors.
    let mut x = vec![0.0f64; m];
    let mut acc = vec![0.0f64; m];
    acc[vr] = -t.prelim[vr];
    for &v in &order {
        x[v] = t.prelim[v] + acc[v];
        let a = acc[v] + t.modifier[v];
        for &c in &t.kids[v] {
            acc[c] = a;
        }
    }
    let min = order.iter().filter(|&&v| v != vr).map(|&v| x[v]).fold(f64::INFINITY, f64::min);
    let mut breadth = vec![0.0; n];
    let mut out_depth = vec![0usize; n];
    let (mut width, mut height) = (0.0f64, 0usize);
    for &v in &order {
        if v != vr {
            breadth[v] = x[v] - min;
            out_depth[v] = depth[v];
            width = width.max(breadth[v]);
            height = height.max(depth[v]);
        }
    }
    Layout { breadth, depth: out_depth, width, height }
}

const NONE: usize = usize::MAX;
/// Distance between neighbouring nodes on one level.
const DISTANCE: f64 = 1.0;

struct Walker {
    kids: Vec<Vec<usize>>,
    parent: Vec<usize>,
    number: Vec<usize>,
    prelim: Vec<f64>,
    modifier: Vec<f64>,
    shift: Vec<f64>,
    change: Vec<f64>,
    thread: Vec<usize>,
    ancestor: Vec<usize>,
}

impl Walker {
    fn left_sibling(&self, v: usize) -> usize {
        let p = self.parent[v];
        if p == NONE || self.number[v] <= 1 {
            NONE
        } else {
            self.kids[p][self.number[v] - 2]
        }
    }
    fn leftmost_sibling(&self, v: usize) -> usize {
        let p = self.parent[v];
        if p == NONE {
            v
        } else {
            self.kids[p][0]
        }
    }
    fn next_left(&self, v: usize) -> usize {
        self.kids[v].first().copied().unwrap_or(self.thread[v])
    }
    fn next_right(&self, v: usize) -> usize {
        self.kids[v].last().copied().unwrap_or(self.thread[v])
    }

    /// The end of Walker's FIRSTWALK for `v`: its children are walked and apportioned.
    fn first_walk(&mut self, v: usize) {
        let w = self.left_sibling(v);
        if self.kids[v].is_empty() {
            self.prelim[v] = if w != NONE { self.prelim[w] + DISTANCE } else { 0.0 };
            return;
        }
        self.execute_shifts(v);
        let first = self.kids[v][0];
        let last = *self.kids[v].last().unwrap_or(&first);
        let midpoint = (self.prelim[first] + self.prelim[last]) / 2.0;
        if w != NONE {
            self.prelim[v] = self.prelim[w] + DISTANCE;
            self.modifier[v] = self.prelim[v] - midpoint;
        } else {
            self.prelim[v] = midpoint;
        }
    }

    fn apportion(&mut self, v: usize, mut default_ancestor: usize) -> usize {
        let w = self.left_sibling(v);
        if w == NONE {
            return default_ancestor;
        }
        let (mut vir, mut vor) = (v, v);
        let mut vil = w;
        let mut vol = self.leftmost_sibling(v);
        let mut sir = self.modifier[vir];
        let mut sor = self.modifier[vor];
        let mut sil = self.modifier[vil];
        let mut sol = self.modifier[vol];
        while self.next_right(vil) != NONE && self.next_left(vir) != NONE {
            vil = self.next_right(vil);
            vir = self.next_left(vir);
            vol = self.next_left(vol);
            vor = self.next_right(vor);
            self.ancestor[vor] = v;
            let shift = (self.prelim[vil] + sil) - (self.prelim[vir] + sir) + DISTANCE;
            if shift > 0.0 {
                let a = self.ancestor_of(vil, v, default_ancestor);
                self.move_subtree(a, v, shift);
                sir += shift;
                sor += shift;
            }
            sil += self.modifier[vil];
            sir += self.modifier[vir];
            sol += self.modifier[vol];
            sor += self.modifier[vor];
        }
        if self.next_right(vil) != NONE && self.next_right(vor) == NONE {
            self.thread[vor] = self.next_right(vil);
            self.modifier[vor] += sil - sor;
        }
        if self.next_left(vir) != NONE && self.next_left(vol) == NONE {
            self.thread[vol] = self.next_left(vir);
            self.modifier[vol] += sir - sol;
            default_ancestor = v;
        }
        default_ancestor
    }

    fn ancestor_of(&self, vil: usize, v: usize, default_ancestor: usize) -> usize {
        let a = self.ancestor[vil];
        if self.parent[a] == self.parent[v] {
            a
        } else {
            default_ancestor
        }
    }

    fn move_subtree(&mut self, wl: usize, wr: usize, shift: f64) {
        let subtrees = (self.number[wr] - self.number[wl]) as f64;
        let per = shift / subtrees;
        self.change[wr] -= per;
        self.shift[wr] += shift;
        self.change[wl] += per;
        self.prelim[wr] += shift;
        self.modifier[wr] += shift;
    }

    fn execute_shifts(&mut self, v: usize) {
        let (mut shift, mut change) = (0.0, 0.0);
        for k in (0..self.kids[v].len()).rev() {
            let w = self.kids[v][k];
            self.prelim[w] += shift;
            self.modifier[w] += shift;
            change += self.change[w];
            shift += self.shift[w] + change;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// children lists from (parent, child) edges over `n` nodes; roots in index order.
    fn forest(n: usize, edges: &[(usize, usize)]) -> (Vec<Vec<usize>>, Vec<usize>) {
        let mut children = vec![Vec::new(); n];
        let mut has_parent = vec![false; n];
        for &(p, c) in edges {
            children[p].push(c);
            has_parent[c] = true;
        }
        let roots = (0..n).filter(|&i| !has_parent[i]).collect();
        (children, roots)
    }

    fn check_invariants(children: &[Vec<usize>], roots: &[usize], l: &Layout) {
        // Parents centred over their children.
        for (p, kids) in children.iter().enumerate() {
            if let (Some(&f), Some(&e)) = (kids.first(), kids.last()) {
                let mid = (l.breadth[f] + l.breadth[e]) / 2.0;
                assert!((l.breadth[p] - mid).abs() < 1e-9, "node {p} not centred: {} vs {mid}", l.breadth[p]);
                for &k in kids {
                    assert_eq!(l.depth[k], l.depth[p] + 1);
                }
            }
        }
        // Per level, in left-to-right (pre-order) order, at least 1 apart.
        let mut levels: Vec<Vec<usize>> = vec![Vec::new(); l.height + 1];
        let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
        while let Some(v) = stack.pop() {
            levels[l.depth[v]].push(v);
            stack.extend(children[v].iter().rev());
        }
        for level in &levels {
            for w in level.windows(2) {
                let gap = l.breadth[w[1]] - l.breadth[w[0]];
                assert!(gap >= 1.0 - 1e-9, "nodes {} and {} are {gap} apart", w[0], w[1]);
            }
        }
        let min = l.breadth.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(min.abs() < 1e-9);
    }

    #[test]
    fn empty_and_single() {
        assert_eq!(layout(&[], &[]).breadth, Vec::<f64>::new());
        let l = layout(&[vec![]], &[0]);
        assert_eq!((l.breadth[0], l.depth[0], l.width, l.height), (0.0, 0, 0.0, 0));
    }

    #[test]
    fn parent_centred_over_children() {
        let (c, r) = forest(4, &[(0, 1), (0, 2), (0, 3)]);
        let l = layout(&c, &r);
        assert_eq!(l.breadth, vec![1.0, 0.0, 1.0, 2.0]);
        assert_eq!(l.depth, vec![0, 1, 1, 1]);
        check_invariants(&c, &r, &l);
    }

    #[test]
    fn forest_roots_side_by_side() {
        let (c, r) = forest(5, &[(0, 1), (0, 2), (3, 4)]);
        let l = layout(&c, &r);
        check_invariants(&c, &r, &l);
        assert!(l.breadth[3] > l.breadth[0]);
        assert_eq!(l.breadth[4], l.breadth[3]);
    }

    #[test]
    fn subtrees_do_not_overlap_and_small_ones_spread() {
        // Walker's classic case: a big left and right subtree with small ones between.
        //        0
        //  1   2   3   4
        // 5-9         10-14
        let mut edges = vec![(0, 1), (0, 2), (0, 3), (0, 4)];
        for k in 5..10 {
            edges.push((1, k));
        }
        for k in 10..15 {
            edges.push((4, k));
        }
        let (c, r) = forest(15, &edges);
        let l = layout(&c, &r);
        check_invariants(&c, &r, &l);
        // The middle subtrees are spaced evenly between the outer ones.
        let (a, b, cc, d) = (l.breadth[1], l.breadth[2], l.breadth[3], l.breadth[4]);
        assert!(((b - a) - (cc - b)).abs() < 1e-9 && ((cc - b) - (d - cc)).abs() < 1e-9, "{a} {b} {cc} {d}");
    }

    #[test]
    fn identical_subtrees_drawn_identically() {
        // 0 has two children, each with the same 3-level shape.
        let edges = [(0, 1), (0, 2), (1, 3), (1, 4), (3, 5), (2, 6), (2, 7), (6, 8)];
        let (c, r) = forest(9, &edges);
        let l = layout(&c, &r);
        check_invariants(&c, &r, &l);
        let rel = |root: usize, v: usize| l.breadth[v] - l.breadth[root];
        assert_eq!((rel(1, 3), rel(1, 4), rel(1, 5)), (rel(2, 6), rel(2, 7), rel(2, 8)));
    }

    #[test]
    fn deep_chain_does_not_overflow() {
        let n = 200_000;
        let edges: Vec<(usize, usize)> = (1..n).map(|i| (i - 1, i)).collect();
        let (c, r) = forest(n, &edges);
        let l = layout(&c, &r);
        assert_eq!(l.height, n - 1);
        assert_eq!(l.width, 0.0);
    }

    #[test]
    fn random_forests_keep_invariants() {
        // A small deterministic LCG; each node's parent is an earlier node or none.
        let mut seed = 0x2545F4914F6CDD1Du64;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        for round in 0..200 {
            let n = 1 + (round % 60);
            let mut edges = Vec::new();
            for i in 1..n {
                if next(5) != 0 {
                    edges.push((next(i as u64) as usize, i));
                }
            }
            let (c, r) = forest(n, &edges);
            let l = layout(&c, &r);
            check_invariants(&c, &r, &l);
        }
    }

    #[test]
    fn linear_time_on_wide_and_bushy_trees() {
        // 100k nodes, branching 3: must finish quickly (quadratic would not).
        let n = 100_000;
        let edges: Vec<(usize, usize)> = (1..n).map(|i| ((i - 1) / 3, i)).collect();
        let (c, r) = forest(n, &edges);
        let t = std::time::Instant::now();
        let l = layout(&c, &r);
        assert!(t.elapsed().as_secs_f64() < 2.0);
        check_invariants(&c, &r, &l);
    }
}
