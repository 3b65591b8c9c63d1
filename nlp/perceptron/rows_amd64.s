#include "textflag.h"

// func sum32(rows *uint64, offs *uint32, n int, word int, out *[32]uint32)
//
// For each of the n offsets o, adds the 32 16-bit lanes that start at
// rows[o+word], zero-extended, to 32 32-bit sums, and stores the sums in
// out. AVX2.
TEXT ·sum32(SB), NOSPLIT, $0-40
	MOVQ rows+0(FP), SI
	MOVQ offs+8(FP), DI
	MOVQ n+16(FP), CX
	MOVQ word+24(FP), DX
	MOVQ out+32(FP), R8
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	TESTQ CX, CX
	JZ done

loop:
	MOVL (DI), AX
	ADDQ DX, AX
	LEAQ (SI)(AX*8), BX
	VPMOVZXWD (BX), Y4
	VPADDD Y4, Y0, Y0
	VPMOVZXWD 16(BX), Y5
	VPADDD Y5, Y1, Y1
	VPMOVZXWD 32(BX), Y6
	VPADDD Y6, Y2, Y2
	VPMOVZXWD 48(BX), Y7
	VPADDD Y7, Y3, Y3
	ADDQ $4, DI
	DECQ CX
	JNZ loop

done:
	VMOVDQU Y0, (R8)
	VMOVDQU Y1, 32(R8)
	VMOVDQU Y2, 64(R8)
	VMOVDQU Y3, 96(R8)
	VZEROUPPER
	RET
