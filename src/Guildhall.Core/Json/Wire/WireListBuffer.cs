using System.Buffers;

namespace Guildhall.Core.Json.Wire;

/// <summary>Collects a list's elements in a pooled buffer, so the list read is one array of its exact length.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal struct WireListBuffer<T> : IDisposable
{
    private T[]? _items;
    private int _count;

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = ArrayPool<T>.Shared.Rent(16);
        }
        else if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_count * 2);
            _items.AsSpan(0, _count).CopyTo(larger);
            Return();
            _items = larger;
        }

        _items[_count++] = item;
    }

    public readonly T[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

    public void Dispose()
    {
        Return();
        _items = null;
        _count = 0;
    }

    private readonly void Return()
    {
        if (_items is not null)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
