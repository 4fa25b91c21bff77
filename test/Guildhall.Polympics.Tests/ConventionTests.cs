using System.Reflection;
using Guildhall.Polympics.Models;
using Guildhall.Testing.Conventions;

namespace Guildhall.Polympics.Tests;

/// <summary>The family's conventions (<see cref="ClientConventionSuite"/>) on Polympics.</summary>
public sealed class ConventionTests : ClientConventionSuite
{
    protected override Assembly Package => typeof(PolympicsClient).Assembly;

    protected override bool IsModel(Type type) => type.Namespace == typeof(PolympicsAccount).Namespace;
}
