# Compiled by jinja2 from songlo_targets/templates/_change.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_change.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_c = resolve('c')
    try:
        t_1 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    pass
    if (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'kind') == 'dropped'):
        pass
        yield 'Rút khỏi danh mục'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'note'):
            pass
            yield ': '
            yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'note')))
    elif (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'kind') == 'added'):
        pass
        yield 'Giao bổ sung'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'measure_text'):
            pass
            yield ', sản phẩm '
            yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'measure_text')))
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deadline'):
            pass
            yield ', thời hạn '
            yield escape(environment.finalize(t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deadline'))))
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'note'):
            pass
            yield ' ('
            yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'note')))
            yield ')'
    else:
        pass
        l_1_loop = missing
        for (l_1_name, l_1_before, l_1_after), l_1_loop in LoopContext(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'fields'), undefined):
            l_1_label = resolve('label')
            _loop_vars = {}
            pass
            yield escape(environment.finalize(context.call((undefined(name='label') if l_1_label is missing else l_1_label), 'field', ('measure' if (l_1_name == 'target') else l_1_name), _loop_vars=_loop_vars)))
            yield ': '
            yield escape(environment.finalize((l_1_before or '—')))
            yield ' → '
            yield escape(environment.finalize((l_1_after or '—')))
            yield escape(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 2 in '_change.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_name = l_1_before = l_1_after = l_1_label = missing
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'note'):
            pass
            yield escape(environment.finalize(('. ' if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'fields') else cond_expr_undefined("the inline if-expression on line 2 in '_change.j2' evaluated to false and no else section was defined."))))
            yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'note')))

blocks = {}
debug_info = '2=18'
