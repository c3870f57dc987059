# statistics: mean, median, mode, stdev on small data.
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), round(st.stdev(data), 10))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode('aabbc'), st.fmean([1, 2, 3, 4]))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
