# Towers of Hanoi recursion producing the move list.
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(4, 'A', 'C', 'B', [])
print(len(m), m[:5], m[-1])
print(len(hanoi(10, 1, 3, 2, [])))
