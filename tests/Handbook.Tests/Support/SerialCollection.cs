namespace Handbook.Tests.Support;

/// <summary>
/// Tests that measure the whole process (open handles, managed memory) run here: xunit runs a
/// collection with parallelization disabled on its own, after the parallel ones, so other tests'
/// browsers, servers and temp files cannot move the numbers.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "serial";
}
