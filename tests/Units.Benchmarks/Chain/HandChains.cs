namespace Units.Benchmarks.Chain;

// Plain C#, no Units: every stage's state and step spelled out in one method.

/// <summary>The same 10 stages written by hand as one method.</summary>
public static class Hand10
{
    private static int s_calls0;
    private static long s_sum0;
    private static int s_calls1;
    private static long s_sum1;
    private static int s_calls2;
    private static long s_sum2;
    private static int s_calls3;
    private static long s_sum3;
    private static int s_calls4;
    private static long s_sum4;
    private static int s_calls5;
    private static long s_sum5;
    private static int s_calls6;
    private static long s_sum6;
    private static int s_calls7;
    private static long s_sum7;
    private static int s_calls8;
    private static long s_sum8;
    private static long s_tailSum;

    public static int Process(int x)
    {
        s_calls0++;
        s_sum0 += x;
        x = x * 3 + s_calls0;
        s_calls1++;
        s_sum1 += x;
        x = x * 3 + s_calls1;
        s_calls2++;
        s_sum2 += x;
        x = x * 3 + s_calls2;
        s_calls3++;
        s_sum3 += x;
        x = x * 3 + s_calls3;
        s_calls4++;
        s_sum4 += x;
        x = x * 3 + s_calls4;
        s_calls5++;
        s_sum5 += x;
        x = x * 3 + s_calls5;
        s_calls6++;
        s_sum6 += x;
        x = x * 3 + s_calls6;
        s_calls7++;
        s_sum7 += x;
        x = x * 3 + s_calls7;
        s_calls8++;
        s_sum8 += x;
        x = x * 3 + s_calls8;
        s_tailSum += x;
        return x;
    }
}

/// <summary>The same 20 stages written by hand as one method.</summary>
public static class Hand20
{
    private static int s_calls0;
    private static long s_sum0;
    private static int s_calls1;
    private static long s_sum1;
    private static int s_calls2;
    private static long s_sum2;
    private static int s_calls3;
    private static long s_sum3;
    private static int s_calls4;
    private static long s_sum4;
    private static int s_calls5;
    private static long s_sum5;
    private static int s_calls6;
    private static long s_sum6;
    private static int s_calls7;
    private static long s_sum7;
    private static int s_calls8;
    private static long s_sum8;
    private static int s_calls9;
    private static long s_sum9;
    private static int s_calls10;
    private static long s_sum10;
    private static int s_calls11;
    private static long s_sum11;
    private static int s_calls12;
    private static long s_sum12;
    private static int s_calls13;
    private static long s_sum13;
    private static int s_calls14;
    private static long s_sum14;
    private static int s_calls15;
    private static long s_sum15;
    private static int s_calls16;
    private static long s_sum16;
    private static int s_calls17;
    private static long s_sum17;
    private static int s_calls18;
    private static long s_sum18;
    private static long s_tailSum;

    public static int Process(int x)
    {
        s_calls0++;
        s_sum0 += x;
        x = x * 3 + s_calls0;
        s_calls1++;
        s_sum1 += x;
        x = x * 3 + s_calls1;
        s_calls2++;
        s_sum2 += x;
        x = x * 3 + s_calls2;
        s_calls3++;
        s_sum3 += x;
        x = x * 3 + s_calls3;
        s_calls4++;
        s_sum4 += x;
        x = x * 3 + s_calls4;
        s_calls5++;
        s_sum5 += x;
        x = x * 3 + s_calls5;
        s_calls6++;
        s_sum6 += x;
        x = x * 3 + s_calls6;
        s_calls7++;
        s_sum7 += x;
        x = x * 3 + s_calls7;
        s_calls8++;
        s_sum8 += x;
        x = x * 3 + s_calls8;
        s_calls9++;
        s_sum9 += x;
        x = x * 3 + s_calls9;
        s_calls10++;
        s_sum10 += x;
        x = x * 3 + s_calls10;
        s_calls11++;
        s_sum11 += x;
        x = x * 3 + s_calls11;
        s_calls12++;
        s_sum12 += x;
        x = x * 3 + s_calls12;
        s_calls13++;
        s_sum13 += x;
        x = x * 3 + s_calls13;
        s_calls14++;
        s_sum14 += x;
        x = x * 3 + s_calls14;
        s_calls15++;
        s_sum15 += x;
        x = x * 3 + s_calls15;
        s_calls16++;
        s_sum16 += x;
        x = x * 3 + s_calls16;
        s_calls17++;
        s_sum17 += x;
        x = x * 3 + s_calls17;
        s_calls18++;
        s_sum18 += x;
        x = x * 3 + s_calls18;
        s_tailSum += x;
        return x;
    }
}
