namespace Units.Std.Patterns;

/// <summary>A request as an object: what to do, and how to take it back.</summary>
public sealed class Command(string name, Action execute, Action undo)
{
    public string Name { get; } = name;

    public void Execute() => execute();

    public void Undo() => undo();

    public override string ToString() => Name;
}

partial struct CounterReceiver<TSelf>
{
    private static int s_value;

    public static void Add(int amount) => s_value += amount;

    public static int Value() => s_value;

    private static void Reset() => s_value = 0;
}

partial struct EncodeCounterCommands<TSelf, TCounter>
{
    public static Command Add(int amount) => new($"add {amount}", () => TCounter.Add(amount), () => TCounter.Add(-amount));

    public static Command Double()
    {
        var before = 0;
        return new Command("double", () => { before = TCounter.Value(); TCounter.Add(before); }, () => TCounter.Add(-before));
    }
}

partial struct Invoker<TSelf, TQueue>
{
    private static readonly Stack<Command> s_done = new();

    public static void Submit(Command command) => TQueue.Enqueue(command);

    public static int RunPending()
    {
        var ran = 0;
        while (TQueue.TryDequeue(out var item))
        {
            var command = (Command)item!;
            command.Execute();
            s_done.Push(command);
            ran++;
        }
        return ran;
    }

    public static bool UndoLast()
    {
        if (!s_done.TryPop(out var command)) return false;
        command.Undo();
        return true;
    }

    private static void Reset() => s_done.Clear();
}
