package perceptron

import (
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of a transparent huge page on the processors dyad
// runs on (x86-64 and arm64 with 4 KB base pages).
const hugePage = 2 << 20

// hugeSlice returns a zeroed slice of n T's for owner's lifetime. A large
// one is mapped apart from the Go heap and advised to the kernel as
// huge-page memory: a model's weights are read at random, a few hundred
// times a word, and with 4 KB pages most of those reads also miss the
// processor's address-translation cache. T must hold no pointers.
// The mapping is released when owner becomes unreachable.
func hugeSlice[T any](owner *Model, n int) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size < hugePage {
		return make([]T, n)
	}
	b, err := unix.Mmap(-1, 0, size+hugePage, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return make([]T, n)
	}
	off := 0
	if r := uintptr(unsafe.Pointer(&b[0])) % hugePage; r != 0 {
		off = int(hugePage - r)
	}
	// Advice is only advice: where the kernel has transparent huge pages
	// off, the mapping works with small pages.
	_ = unix.Madvise(b[off:off+size], unix.MADV_HUGEPAGE)
	runtime.AddCleanup(owner, func(b []byte) { unix.Munmap(b) }, b)
	return unsafe.Slice((*T)(unsafe.Pointer(&b[off])), n)
}
