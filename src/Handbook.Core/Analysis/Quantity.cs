namespace Handbook.Analysis;

/// <summary>A quantified figure found in text, e.g. "850 ms" or "40%".</summary>
/// <param name="Text">The figure as written.</param>
/// <param name="Offset">Where it starts in the searched text.</param>
public sealed record Quantity(string Text, int Offset);
