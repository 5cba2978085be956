// Only blittable types cross the C boundary; the runtime never marshals for us.
[assembly: System.Runtime.CompilerServices.DisableRuntimeMarshalling]
