//! One stable sort for the whole crate.
//!
//! Why: every `slice::sort_by` call with its own element type and closure is a new
//! copy of the standard library's driftsort (about 4 KB of wasm each, ten of them in
//! the widget: 45 KB raw). Here the sorting itself is a bottom-up merge sort over
//! indices with a `dyn` comparison, compiled once; each call site only adds a small
//! permutation step. The result is exactly `slice::sort_by`'s: a stable sort has one
//! possible output. Natively, where bytes do not matter, the standard sort is used.
//! The permutation is applied by [`permute`], which moves elements as bytes: one
//! function for every element type (it was a `collect` and an `extend` per type).

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (like `slice::sort_by`).
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if cfg!(not(target_arch = "wasm32")) {
        v.sort_by(cmp);
        return;
    }
    if v.len() < 2 {
        return;
    }
    let s: &[T] = v;
    let order = stable_order(s.len(), &mut |a, b| cmp(&s[a], &s[b]));
    // SAFETY: `order` is a permutation of `0..v.len()` (`stable_order`) and the
    // elements are `size_of::<T>()` bytes apart; each is moved exactly once.
    unsafe { permute(v.as_mut_ptr().cast::<u8>(), std::mem::size_of::<T>(), &order) }
}

/// Moves the element at `order[k]` to position `k`, for elements of `size` bytes from
/// `base`: through a byte buffer, so the same code serves every element type.
///
/// # Safety
/// `base` must hold `order.len()` elements of `size` bytes, and `order` must be a
/// permutation of `0..order.len()` (each element is then moved once, none duplicated
/// or lost).
unsafe fn permute(base: *mut u8, size: usize, order: &[usize]) {
    let bytes = order.len() * size;
    let mut moved: Vec<u8> = Vec::with_capacity(bytes);
    for (k, &i) in order.iter().enumerate() {
        std::ptr::copy_nonoverlapping(base.add(i * size), moved.as_mut_ptr().add(k * size), size);
    }
    std::ptr::copy_nonoverlapping(moved.as_ptr(), base, bytes);
}

/// Sorts `v` stably by a key (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The stable sorting permutation of `0..n` under `cmp` (bottom-up merge sort).
pub fn stable_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < end {
                // Take from the right run only when strictly smaller: stability.
                if cmp(a[r], a[l]) == Ordering::Less {
                    b[k] = a[r];
                    r += 1;
                } else {
                    b[k] = a[l];
                    l += 1;
                }
                k += 1;
            }
            b[k..k + (mid - l)].copy_from_slice(&a[l..mid]);
            k += mid - l;
            b[k..end].copy_from_slice(&a[r..end]);
            i = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_order_is_the_standard_stable_sort() {
        // Pseudo-random keys with many ties, every length up to 70.
        let mut x = 12345u32;
        for n in 0..70 {
            let keys: Vec<u32> = (0..n)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (x >> 16) % 7
                })
                .collect();
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(stable_order(n, &mut |a, b| keys[a].cmp(&keys[b])), expected, "{keys:?}");
        }
    }

    #[test]
    fn permute_moves_owned_elements_once() {
        // Owned elements (a drop of a duplicate or a lost one would show under Miri, and
        // in the values), every length up to 40, reversed and rotated orders.
        for n in 0..40usize {
            for order in [(0..n).rev().collect::<Vec<_>>(), (0..n).map(|i| (i + 3) % n.max(1)).collect()] {
                let mut v: Vec<String> = (0..n).map(|i| format!("s{i}")).collect();
                unsafe { permute(v.as_mut_ptr().cast::<u8>(), std::mem::size_of::<String>(), &order) };
                let expected: Vec<String> = order.iter().map(|i| format!("s{i}")).collect();
                assert_eq!(v, expected);
            }
        }
    }
}
