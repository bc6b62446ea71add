using System.Reflection;

namespace OSKit;

/// <summary>A composition's manifest (the generated Manifest class of its facade), as one record.</summary>
internal sealed record CompositionFacts(string Name, (string Instance, string Unit)[] Instances, string[] Links, string[] Properties, int RuleClauses, string[] Initializers, string[] Finalizers)
{
    public static CompositionFacts Of(Type manifest)
    {
        T Field<T>(string name) => (T)manifest.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return new(Field<string>("Name"), Field<(string, string)[]>("Instances"), Field<string[]>("Links"), Field<string[]>("Properties"),
            Field<int>("RuleClauses"), Field<string[]>("Initializers"), Field<string[]>("Finalizers"));
    }
}

/// <summary>One of the systems composed in system.unit, and how to run it.</summary>
internal sealed record ComposedSystem(string Platform, string Strategy, string Driver, Type Manifest,
    Action Initialize, Func<WorkloadOptions, WorkloadReport> Run, Action Shutdown)
{
    public CompositionFacts Facts => CompositionFacts.Of(Manifest);
}

/// <summary>The six systems of system.unit. Each is a static class generated from its compound unit.</summary>
internal static class Systems
{
    public static readonly IReadOnlyList<ComposedSystem> All =
    [
        new("machine", "simple", "ide", typeof(IdeMachine.Manifest), IdeMachine.Initialize, IdeMachine.Main.Run, IdeMachine.Shutdown),
        new("machine", "elevator", "ide", typeof(IdeMachineElevator.Manifest), IdeMachineElevator.Initialize, IdeMachineElevator.Main.Run, IdeMachineElevator.Shutdown),
        new("hosted", "simple", "ide", typeof(IdeHosted.Manifest), IdeHosted.Initialize, IdeHosted.Main.Run, IdeHosted.Shutdown),
        new("hosted", "elevator", "ide", typeof(IdeHostedElevator.Manifest), IdeHostedElevator.Initialize, IdeHostedElevator.Main.Run, IdeHostedElevator.Shutdown),
        new("machine", "simple", "scsi", typeof(ScsiMachine.Manifest), ScsiMachine.Initialize, ScsiMachine.Main.Run, ScsiMachine.Shutdown),
        new("machine", "simple", "floppy", typeof(FloppyMachine.Manifest), FloppyMachine.Initialize, FloppyMachine.Main.Run, FloppyMachine.Shutdown),
    ];

    public static ComposedSystem? Find(string platform, string strategy, string driver) =>
        All.FirstOrDefault(s => s.Platform == platform && s.Strategy == strategy && s.Driver == driver);
}
