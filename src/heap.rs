//! The wasm build's memory allocator: blocks in power-of-two size classes, one free
//! list per class, new blocks cut from the end of linear memory (grown a few pages at
//! a time). Freed blocks are only ever reused for their own class.
//!
//! Why: the standard library's allocator for `wasm32-unknown-unknown` is dlmalloc,
//! about 7 KB of wasm (2.4 KB of the brotli transfer); this one is a few hundred bytes
//! and does less work per call. What it costs is memory: a block is up to twice the
//! size asked for, and memory freed in one class is not given to another. The widget
//! allocates the same shapes on every read of an article, so a class's free list is
//! what the next read takes again (`make bench` prints the linear memory after the
//! seed and after a 10 MB article). Single-threaded, like the wasm build itself.
//! Natively the system allocator stays; the tests below run this one on a buffer.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// Size classes 2^0 … 2^31 (the smallest used is 2^3: a free block holds a pointer).
const CLASSES: usize = 32;
const PAGE: usize = 65536;

pub struct Heap {
    state: UnsafeCell<State>,
    /// Grows the memory by this many pages; the address the new pages start at.
    grow: fn(usize) -> Option<usize>,
}

struct State {
    /// The first free block of each class (0: none); a free block starts with the
    /// address of the next one.
    free: [usize; CLASSES],
    /// Where the next new block may start, and the end of the memory grown so far.
    top: usize,
    end: usize,
}

// The wasm build has one thread; natively a `Heap` is only used by its own test.
unsafe impl Sync for Heap {}

impl Heap {
    pub const fn new(grow: fn(usize) -> Option<usize>) -> Self {
        Heap { state: UnsafeCell::new(State { free: [0; CLASSES], top: 0, end: 0 }), grow }
    }
}

/// The class of a layout: the smallest power of two that holds its size and
/// alignment, and a pointer (its exponent).
fn class(size: usize, align: usize) -> usize {
    let n = size.max(align).max(8);
    (usize::BITS - (n - 1).leading_zeros()) as usize
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let s = &mut *self.state.get();
        let k = class(l.size(), l.align());
        if k >= CLASSES {
            return std::ptr::null_mut();
        }
        // A reused block is aligned to its size or to 16 (see below): enough for any
        // alignment up to 16. A larger one (rare) always gets a new block.
        let head = s.free[k];
        if head != 0 && l.align() <= 16 {
            s.free[k] = *(head as *const usize);
            return head as *mut u8;
        }
        let size = 1usize << k;
        let align = l.align().max(size.min(16));
        let mut start = (s.top + align - 1) & !(align - 1);
        if start + size > s.end {
            let pages = (size + align).div_ceil(PAGE);
            let Some(base) = (self.grow)(pages) else { return std::ptr::null_mut() };
            if base != s.end {
                s.top = base; // not after the memory grown before: start afresh there
            }
            s.end = base + pages * PAGE;
            start = (s.top + align - 1) & !(align - 1);
        }
        s.top = start + size;
        start as *mut u8
    }

    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        let s = &mut *self.state.get();
        let k = class(l.size(), l.align());
        *(p as *mut usize) = s.free[k];
        s.free[k] = p as usize;
    }

    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        if class(new_size, l.align()) == class(l.size(), l.align()) {
            return p;
        }
        let q = self.alloc(Layout::from_size_align_unchecked(new_size, l.align()));
        if !q.is_null() {
            std::ptr::copy_nonoverlapping(p, q, l.size().min(new_size));
            self.dealloc(p, l);
        }
        q
    }
}

/// `memory.grow` on the wasm's one memory.
#[cfg(target_arch = "wasm32")]
pub fn grow_memory(pages: usize) -> Option<usize> {
    let prev = core::arch::wasm32::memory_grow(0, pages);
    (prev != usize::MAX).then(|| prev * PAGE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const ARENA: usize = 64 << 20;

    thread_local! {
        /// A fake linear memory: a buffer handed out page by page.
        static MEM: (usize, std::cell::Cell<usize>) = {
            let buf: &'static mut [u8] = Box::leak(vec![0u8; ARENA + PAGE].into_boxed_slice());
            let base = (buf.as_mut_ptr() as usize).next_multiple_of(PAGE);
            (base, std::cell::Cell::new(0))
        };
    }

    fn fake_grow(pages: usize) -> Option<usize> {
        MEM.with(|(base, used)| {
            let at = used.get();
            (at + pages * PAGE <= ARENA).then(|| {
                used.set(at + pages * PAGE);
                base + at
            })
        })
    }

    /// A xorshift stream, so that the sequence of calls is the same on every run.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    #[test]
    fn blocks_are_aligned_disjoint_and_keep_their_bytes() {
        let heap = Heap::new(fake_grow);
        let mut rng = Rng(0x9e3779b97f4a7c15);
        // live blocks: address -> (layout, fill byte)
        let mut live: BTreeMap<usize, (Layout, u8)> = BTreeMap::new();
        let check = |p: *mut u8, l: Layout, fill: u8| unsafe {
            assert!(std::slice::from_raw_parts(p, l.size()).iter().all(|&b| b == fill), "block at {p:?} lost its bytes");
        };
        for step in 0..40_000u32 {
            let r = rng.next();
            let fill = step as u8;
            match r % 20 {
                0..=7 => {
                    let size = match r >> 8 & 15 { 0 => 1 + (r >> 16) as usize % 8, 1..=11 => 1 + (r >> 16) as usize % 300, 12..=14 => 1 + (r >> 16) as usize % 5000, _ => 1 + (r >> 16) as usize % 200_000 };
                    let align = 1usize << ((r >> 40) % 6); // 1 … 32
                    let l = Layout::from_size_align(size, align).unwrap();
                    let p = unsafe { heap.alloc(l) };
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "alignment {align}");
                    let (a, b) = (p as usize, p as usize + size);
                    if let Some((&q, &(lq, _))) = live.range(..b).next_back() {
                        assert!(q + lq.size() <= a, "overlap");
                    }
                    unsafe { std::ptr::write_bytes(p, fill, size) };
                    live.insert(a, (l, fill));
                }
                8..=14 if !live.is_empty() => {
                    let k = *live.keys().nth((r >> 8) as usize % live.len()).unwrap();
                    let (l, f) = live.remove(&k).unwrap();
                    check(k as *mut u8, l, f);
                    unsafe { heap.dealloc(k as *mut u8, l) };
                }
                15.. if !live.is_empty() => {
                    let k = *live.keys().nth((r >> 8) as usize % live.len()).unwrap();
                    let (l, f) = live.remove(&k).unwrap();
                    let new_size = 1 + (r >> 24) as usize % (l.size() * 3 + 16);
                    let p = unsafe { heap.realloc(k as *mut u8, l, new_size) };
                    assert!(!p.is_null());
                    assert_eq!(p as usize % l.align(), 0);
                    check(p, Layout::from_size_align(l.size().min(new_size), l.align()).unwrap(), f);
                    let (a, b) = (p as usize, p as usize + new_size);
                    if let Some((&q, &(lq, _))) = live.range(..b).next_back() {
                        assert!(q + lq.size() <= a, "overlap after realloc");
                    }
                    unsafe { std::ptr::write_bytes(p, fill, new_size) };
                    live.insert(a, (Layout::from_size_align(new_size, l.align()).unwrap(), fill));
                }
                _ => {}
            }
        }
        for (k, (l, f)) in live {
            check(k as *mut u8, l, f);
            unsafe { heap.dealloc(k as *mut u8, l) };
        }
    }

    #[test]
    fn a_freed_block_is_reused_by_its_class_only() {
        let heap = Heap::new(fake_grow);
        unsafe {
            let l24 = Layout::from_size_align(24, 8).unwrap();
            let p = heap.alloc(l24);
            heap.dealloc(p, l24);
            // 17..=32 bytes is the same class: the same block.
            assert_eq!(heap.alloc(Layout::from_size_align(30, 4).unwrap()), p);
            let q = heap.alloc(l24);
            assert_ne!(q, p);
            // Growing within the class keeps the block; past it, moves it.
            assert_eq!(heap.realloc(q, l24, 32), q);
            assert_ne!(heap.realloc(q, Layout::from_size_align(32, 8).unwrap(), 33), q);
        }
    }
}
