using Units.Fuzzing;

// The Units fuzzer. See README.md in this folder for the commands and what each checks.
const string Usage = """
    usage: Units.Fuzzing [run] [--seed N] [--count N | --minutes M] [--threads N] [--compile-every K]
                         [--watchdog S] [--corpus <folder>]... [--save <folder>] [--show-slow <ms>]
                         [--compile-corpus]
           Units.Fuzzing replay <file.unit>...     run saved inputs again (each at /corpus/replay/<name>)
           Units.Fuzzing sharpfuzz                 the lexer and parser under SharpFuzz (AFL), input on stdin
    """;

var arguments = args.ToList();
var mode = arguments.Count > 0 && !arguments[0].StartsWith('-') ? arguments[0] : "run";
if (arguments.Count > 0 && arguments[0] == mode) arguments.RemoveAt(0);

switch (mode)
{
    case "sharpfuzz":
        SharpFuzzTarget.Run();
        return 0;
    case "replay":
        return Replay.Run(Corpus.Load(Corpus.FindRepository(), []), arguments, Console.Out);
    case "run":
        break;
    default:
        Console.Error.WriteLine(Usage);
        return 2;
}

int seed = 1, threads = Math.Max(1, Environment.ProcessorCount), compileEvery = 0, watchdog = 30;
int? showSlow = null;
var compileCorpus = false;
long count = long.MaxValue;
double? minutes = null;
var corpusFolders = new List<string>();
var save = Path.Combine(Corpus.FindRepository(), "artifacts", "fuzz");
for (var i = 0; i < arguments.Count; i++)
{
    string Next() => i + 1 < arguments.Count ? arguments[++i] : throw new ArgumentException($"{arguments[i]} needs a value");
    try
    {
        switch (arguments[i])
        {
            case "--seed": seed = int.Parse(Next()); break;
            case "--count": count = long.Parse(Next()); break;
            case "--minutes": minutes = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
            case "--threads": threads = int.Parse(Next()); break;
            case "--compile-every": compileEvery = int.Parse(Next()); break;
            case "--watchdog": watchdog = int.Parse(Next()); break;
            case "--corpus": corpusFolders.Add(Next()); break;
            case "--save": save = Next(); break;
            case "--compile-corpus": compileCorpus = true; break;
            case "--show-slow": showSlow = int.Parse(Next()); break;
            default: throw new ArgumentException($"unknown option {arguments[i]}");
        }
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine(e.Message + "\n" + Usage);
        return 2;
    }
}
if (count == long.MaxValue && minutes is null) count = 10_000;

var corpus = Corpus.Load(Corpus.FindRepository(), corpusFolders);
Console.WriteLine($"fuzz: {corpus.Files.Count} seed files, seed {seed}, {threads} threads, " +
                  (minutes is { } m ? $"{m} minutes" : $"{count:N0} inputs") + (compileEvery > 0 ? $", compiling the accepted inputs whose index is a multiple of {compileEvery}" : ""));
if (compileCorpus && Replay.CompileCorpus(corpus, Console.Out) != 0) return 1;
var options = new CampaignOptions(seed, count, minutes is { } limit ? TimeSpan.FromMinutes(limit) : null, threads, compileEvery, TimeSpan.FromSeconds(watchdog), save)
{
    ShowSlow = showSlow is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
};
return new Campaign(corpus, options).Run(Console.Out);
