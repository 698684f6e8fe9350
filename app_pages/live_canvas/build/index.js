var nF=Object.create;var mh=Object.defineProperty;var rF=Object.getOwnPropertyDescriptor;var oF=Object.getOwnPropertyNames;var sF=Object.getPrototypeOf,aF=Object.prototype.hasOwnProperty;var pt=(n,t)=>()=>(t||n((t={exports:{}}).exports,t),t.exports),Fn=(n,t)=>{for(var e in t)mh(n,e,{get:t[e],enumerable:!0})},iF=(n,t,e,o)=>{if(t&&typeof t=="object"||typeof t=="function")for(let r of oF(t))!aF.call(n,r)&&r!==e&&mh(n,r,{get:()=>t[r],enumerable:!(o=rF(t,r))||o.enumerable});return n};var cu=(n,t,e)=>(e=n!=null?nF(sF(n)):{},iF(t||!n||!n.__esModule?mh(e,"default",{value:n,enumerable:!0}):e,n));var jb=pt((_q,Kb)=>{Kb.exports=Ze;var pn=null;try{pn=new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0,97,115,109,1,0,0,0,1,13,2,96,0,1,127,96,4,127,127,127,127,1,127,3,7,6,0,1,1,1,1,1,6,6,1,127,1,65,0,11,7,50,6,3,109,117,108,0,1,5,100,105,118,95,115,0,2,5,100,105,118,95,117,0,3,5,114,101,109,95,115,0,4,5,114,101,109,95,117,0,5,8,103,101,116,95,104,105,103,104,0,0,10,191,1,6,4,0,35,0,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,126,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,127,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,128,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,129,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,130,34,4,66,32,135,167,36,0,32,4,167,11])),{}).exports}catch{}function Ze(n,t,e){this.low=n|0,this.high=t|0,this.unsigned=!!e}Ze.prototype.__isLong__;Object.defineProperty(Ze.prototype,"__isLong__",{value:!0});function Kt(n){return(n&&n.__isLong__)===!0}Ze.isLong=Kt;var Bb={},Lb={};function ks(n,t){var e,o,r;return t?(n>>>=0,(r=0<=n&&n<256)&&(o=Lb[n],o)?o:(e=Qe(n,(n|0)<0?-1:0,!0),r&&(Lb[n]=e),e)):(n|=0,(r=-128<=n&&n<128)&&(o=Bb[n],o)?o:(e=Qe(n,n<0?-1:0,!1),r&&(Bb[n]=e),e))}Ze.fromInt=ks;function dn(n,t){if(isNaN(n))return t?vs:mn;if(t){if(n<0)return vs;if(n>=zb)return qb}else{if(n<=-Wb)return qt;if(n+1>=Wb)return Hb}return n<0?dn(-n,t).neg():Qe(n%oi|0,n/oi|0,t)}Ze.fromNumber=dn;function Qe(n,t,e){return new Ze(n,t,e)}Ze.fromBits=Qe;var ql=Math.pow;function kh(n,t,e){if(n.length===0)throw Error("empty string");if(n==="NaN"||n==="Infinity"||n==="+Infinity"||n==="-Infinity")return mn;if(typeof t=="number"?(e=t,t=!1):t=!!t,e=e||10,e<2||36<e)throw RangeError("radix");var o;if((o=n.indexOf("-"))>0)throw Error("interior hyphen");if(o===0)return kh(n.substring(1),t,e).neg();for(var r=dn(ql(e,8)),s=mn,i=0;i<n.length;i+=8){var u=Math.min(8,n.length-i),l=parseInt(n.substring(i,i+u),e);if(u<8){var a=dn(ql(e,u));s=s.mul(a).add(dn(l))}else s=s.mul(r),s=s.add(dn(l))}return s.unsigned=t,s}Ze.fromString=kh;function wn(n,t){return typeof n=="number"?dn(n,t):typeof n=="string"?kh(n,t):Qe(n.low,n.high,typeof t=="boolean"?t:n.unsigned)}Ze.fromValue=wn;var Vb=65536,$F=1<<24,oi=Vb*Vb,zb=oi*oi,Wb=zb/2,Ub=ks($F),mn=ks(0);Ze.ZERO=mn;var vs=ks(0,!0);Ze.UZERO=vs;var ri=ks(1);Ze.ONE=ri;var Gb=ks(1,!0);Ze.UONE=Gb;var vh=ks(-1);Ze.NEG_ONE=vh;var Hb=Qe(-1,2147483647,!1);Ze.MAX_VALUE=Hb;var qb=Qe(-1,-1,!0);Ze.MAX_UNSIGNED_VALUE=qb;var qt=Qe(0,-2147483648,!1);Ze.MIN_VALUE=qt;var te=Ze.prototype;te.toInt=function(){return this.unsigned?this.low>>>0:this.low};te.toNumber=function(){return this.unsigned?(this.high>>>0)*oi+(this.low>>>0):this.high*oi+(this.low>>>0)};te.toString=function(t){if(t=t||10,t<2||36<t)throw RangeError("radix");if(this.isZero())return"0";if(this.isNegative())if(this.eq(qt)){var e=dn(t),o=this.div(e),r=o.mul(e).sub(this);return o.toString(t)+r.toInt().toString(t)}else return"-"+this.neg().toString(t);for(var s=dn(ql(t,6),this.unsigned),i=this,u="";;){var l=i.div(s),a=i.sub(l.mul(s)).toInt()>>>0,c=a.toString(t);if(i=l,i.isZero())return c+u;for(;c.length<6;)c="0"+c;u=""+c+u}};te.getHighBits=function(){return this.high};te.getHighBitsUnsigned=function(){return this.high>>>0};te.getLowBits=function(){return this.low};te.getLowBitsUnsigned=function(){return this.low>>>0};te.getNumBitsAbs=function(){if(this.isNegative())return this.eq(qt)?64:this.neg().getNumBitsAbs();for(var t=this.high!=0?this.high:this.low,e=31;e>0&&(t&1<<e)==0;e--);return this.high!=0?e+33:e+1};te.isZero=function(){return this.high===0&&this.low===0};te.eqz=te.isZero;te.isNegative=function(){return!this.unsigned&&this.high<0};te.isPositive=function(){return this.unsigned||this.high>=0};te.isOdd=function(){return(this.low&1)===1};te.isEven=function(){return(this.low&1)===0};te.equals=function(t){return Kt(t)||(t=wn(t)),this.unsigned!==t.unsigned&&this.high>>>31===1&&t.high>>>31===1?!1:this.high===t.high&&this.low===t.low};te.eq=te.equals;te.notEquals=function(t){return!this.eq(t)};te.neq=te.notEquals;te.ne=te.notEquals;te.lessThan=function(t){return this.comp(t)<0};te.lt=te.lessThan;te.lessThanOrEqual=function(t){return this.comp(t)<=0};te.lte=te.lessThanOrEqual;te.le=te.lessThanOrEqual;te.greaterThan=function(t){return this.comp(t)>0};te.gt=te.greaterThan;te.greaterThanOrEqual=function(t){return this.comp(t)>=0};te.gte=te.greaterThanOrEqual;te.ge=te.greaterThanOrEqual;te.compare=function(t){if(Kt(t)||(t=wn(t)),this.eq(t))return 0;var e=this.isNegative(),o=t.isNegative();return e&&!o?-1:!e&&o?1:this.unsigned?t.high>>>0>this.high>>>0||t.high===this.high&&t.low>>>0>this.low>>>0?-1:1:this.sub(t).isNegative()?-1:1};te.comp=te.compare;te.negate=function(){return!this.unsigned&&this.eq(qt)?qt:this.not().add(ri)};te.neg=te.negate;te.add=function(t){Kt(t)||(t=wn(t));var e=this.high>>>16,o=this.high&65535,r=this.low>>>16,s=this.low&65535,i=t.high>>>16,u=t.high&65535,l=t.low>>>16,a=t.low&65535,c=0,p=0,d=0,m=0;return m+=s+a,d+=m>>>16,m&=65535,d+=r+l,p+=d>>>16,d&=65535,p+=o+u,c+=p>>>16,p&=65535,c+=e+i,c&=65535,Qe(d<<16|m,c<<16|p,this.unsigned)};te.subtract=function(t){return Kt(t)||(t=wn(t)),this.add(t.neg())};te.sub=te.subtract;te.multiply=function(t){if(this.isZero())return mn;if(Kt(t)||(t=wn(t)),pn){var e=pn.mul(this.low,this.high,t.low,t.high);return Qe(e,pn.get_high(),this.unsigned)}if(t.isZero())return mn;if(this.eq(qt))return t.isOdd()?qt:mn;if(t.eq(qt))return this.isOdd()?qt:mn;if(this.isNegative())return t.isNegative()?this.neg().mul(t.neg()):this.neg().mul(t).neg();if(t.isNegative())return this.mul(t.neg()).neg();if(this.lt(Ub)&&t.lt(Ub))return dn(this.toNumber()*t.toNumber(),this.unsigned);var o=this.high>>>16,r=this.high&65535,s=this.low>>>16,i=this.low&65535,u=t.high>>>16,l=t.high&65535,a=t.low>>>16,c=t.low&65535,p=0,d=0,m=0,f=0;return f+=i*c,m+=f>>>16,f&=65535,m+=s*c,d+=m>>>16,m&=65535,m+=i*a,d+=m>>>16,m&=65535,d+=r*c,p+=d>>>16,d&=65535,d+=s*a,p+=d>>>16,d&=65535,d+=i*l,p+=d>>>16,d&=65535,p+=o*c+r*a+s*l+i*u,p&=65535,Qe(m<<16|f,p<<16|d,this.unsigned)};te.mul=te.multiply;te.divide=function(t){if(Kt(t)||(t=wn(t)),t.isZero())throw Error("division by zero");if(pn){if(!this.unsigned&&this.high===-2147483648&&t.low===-1&&t.high===-1)return this;var e=(this.unsigned?pn.div_u:pn.div_s)(this.low,this.high,t.low,t.high);return Qe(e,pn.get_high(),this.unsigned)}if(this.isZero())return this.unsigned?vs:mn;var o,r,s;if(this.unsigned){if(t.unsigned||(t=t.toUnsigned()),t.gt(this))return vs;if(t.gt(this.shru(1)))return Gb;s=vs}else{if(this.eq(qt)){if(t.eq(ri)||t.eq(vh))return qt;if(t.eq(qt))return ri;var i=this.shr(1);return o=i.div(t).shl(1),o.eq(mn)?t.isNegative()?ri:vh:(r=this.sub(t.mul(o)),s=o.add(r.div(t)),s)}else if(t.eq(qt))return this.unsigned?vs:mn;if(this.isNegative())return t.isNegative()?this.neg().div(t.neg()):this.neg().div(t).neg();if(t.isNegative())return this.div(t.neg()).neg();s=mn}for(r=this;r.gte(t);){o=Math.max(1,Math.floor(r.toNumber()/t.toNumber()));for(var u=Math.ceil(Math.log(o)/Math.LN2),l=u<=48?1:ql(2,u-48),a=dn(o),c=a.mul(t);c.isNegative()||c.gt(r);)o-=l,a=dn(o,this.unsigned),c=a.mul(t);a.isZero()&&(a=ri),s=s.add(a),r=r.sub(c)}return s};te.div=te.divide;te.modulo=function(t){if(Kt(t)||(t=wn(t)),pn){var e=(this.unsigned?pn.rem_u:pn.rem_s)(this.low,this.high,t.low,t.high);return Qe(e,pn.get_high(),this.unsigned)}return this.sub(this.div(t).mul(t))};te.mod=te.modulo;te.rem=te.modulo;te.not=function(){return Qe(~this.low,~this.high,this.unsigned)};te.and=function(t){return Kt(t)||(t=wn(t)),Qe(this.low&t.low,this.high&t.high,this.unsigned)};te.or=function(t){return Kt(t)||(t=wn(t)),Qe(this.low|t.low,this.high|t.high,this.unsigned)};te.xor=function(t){return Kt(t)||(t=wn(t)),Qe(this.low^t.low,this.high^t.high,this.unsigned)};te.shiftLeft=function(t){return Kt(t)&&(t=t.toInt()),(t&=63)===0?this:t<32?Qe(this.low<<t,this.high<<t|this.low>>>32-t,this.unsigned):Qe(0,this.low<<t-32,this.unsigned)};te.shl=te.shiftLeft;te.shiftRight=function(t){return Kt(t)&&(t=t.toInt()),(t&=63)===0?this:t<32?Qe(this.low>>>t|this.high<<32-t,this.high>>t,this.unsigned):Qe(this.high>>t-32,this.high>=0?0:-1,this.unsigned)};te.shr=te.shiftRight;te.shiftRightUnsigned=function(t){if(Kt(t)&&(t=t.toInt()),t&=63,t===0)return this;var e=this.high;if(t<32){var o=this.low;return Qe(o>>>t|e<<32-t,e>>>t,this.unsigned)}else return t===32?Qe(e,0,this.unsigned):Qe(e>>>t-32,0,this.unsigned)};te.shru=te.shiftRightUnsigned;te.shr_u=te.shiftRightUnsigned;te.toSigned=function(){return this.unsigned?Qe(this.low,this.high,!1):this};te.toUnsigned=function(){return this.unsigned?this:Qe(this.low,this.high,!0)};te.toBytes=function(t){return t?this.toBytesLE():this.toBytesBE()};te.toBytesLE=function(){var t=this.high,e=this.low;return[e&255,e>>>8&255,e>>>16&255,e>>>24,t&255,t>>>8&255,t>>>16&255,t>>>24]};te.toBytesBE=function(){var t=this.high,e=this.low;return[t>>>24,t>>>16&255,t>>>8&255,t&255,e>>>24,e>>>16&255,e>>>8&255,e&255]};Ze.fromBytes=function(t,e,o){return o?Ze.fromBytesLE(t,e):Ze.fromBytesBE(t,e)};Ze.fromBytesLE=function(t,e){return new Ze(t[0]|t[1]<<8|t[2]<<16|t[3]<<24,t[4]|t[5]<<8|t[6]<<16|t[7]<<24,e)};Ze.fromBytesBE=function(t,e){return new Ze(t[4]<<24|t[5]<<16|t[6]<<8|t[7],t[0]<<24|t[1]<<16|t[2]<<8|t[3],e)}});var vy=pt(()=>{});var ky=pt(()=>{});var zy=pt((Uy,ng)=>{(function(n,t,e){function o(u){var l=this,a=i();l.next=function(){var c=2091639*l.s0+l.c*23283064365386963e-26;return l.s0=l.s1,l.s1=l.s2,l.s2=c-(l.c=c|0)},l.c=1,l.s0=a(" "),l.s1=a(" "),l.s2=a(" "),l.s0-=a(u),l.s0<0&&(l.s0+=1),l.s1-=a(u),l.s1<0&&(l.s1+=1),l.s2-=a(u),l.s2<0&&(l.s2+=1),a=null}function r(u,l){return l.c=u.c,l.s0=u.s0,l.s1=u.s1,l.s2=u.s2,l}function s(u,l){var a=new o(u),c=l&&l.state,p=a.next;return p.int32=function(){return a.next()*4294967296|0},p.double=function(){return p()+(p()*2097152|0)*11102230246251565e-32},p.quick=p,c&&(typeof c=="object"&&r(c,a),p.state=function(){return r(a,{})}),p}function i(){var u=4022871197,l=function(a){a=String(a);for(var c=0;c<a.length;c++){u+=a.charCodeAt(c);var p=.02519603282416938*u;u=p>>>0,p-=u,p*=u,u=p>>>0,p-=u,u+=p*4294967296}return(u>>>0)*23283064365386963e-26};return l}t&&t.exports?t.exports=s:e&&e.amd?e(function(){return s}):this.alea=s})(Uy,typeof ng=="object"&&ng,typeof define=="function"&&define)});var Hy=pt((Gy,rg)=>{(function(n,t,e){function o(i){var u=this,l="";u.x=0,u.y=0,u.z=0,u.w=0,u.next=function(){var c=u.x^u.x<<11;return u.x=u.y,u.y=u.z,u.z=u.w,u.w^=u.w>>>19^c^c>>>8},i===(i|0)?u.x=i:l+=i;for(var a=0;a<l.length+64;a++)u.x^=l.charCodeAt(a)|0,u.next()}function r(i,u){return u.x=i.x,u.y=i.y,u.z=i.z,u.w=i.w,u}function s(i,u){var l=new o(i),a=u&&u.state,c=function(){return(l.next()>>>0)/4294967296};return c.double=function(){do var p=l.next()>>>11,d=(l.next()>>>0)/4294967296,m=(p+d)/(1<<21);while(m===0);return m},c.int32=l.next,c.quick=c,a&&(typeof a=="object"&&r(a,l),c.state=function(){return r(l,{})}),c}t&&t.exports?t.exports=s:e&&e.amd?e(function(){return s}):this.xor128=s})(Gy,typeof rg=="object"&&rg,typeof define=="function"&&define)});var Ky=pt((qy,og)=>{(function(n,t,e){function o(i){var u=this,l="";u.next=function(){var c=u.x^u.x>>>2;return u.x=u.y,u.y=u.z,u.z=u.w,u.w=u.v,(u.d=u.d+362437|0)+(u.v=u.v^u.v<<4^(c^c<<1))|0},u.x=0,u.y=0,u.z=0,u.w=0,u.v=0,i===(i|0)?u.x=i:l+=i;for(var a=0;a<l.length+64;a++)u.x^=l.charCodeAt(a)|0,a==l.length&&(u.d=u.x<<10^u.x>>>4),u.next()}function r(i,u){return u.x=i.x,u.y=i.y,u.z=i.z,u.w=i.w,u.v=i.v,u.d=i.d,u}function s(i,u){var l=new o(i),a=u&&u.state,c=function(){return(l.next()>>>0)/4294967296};return c.double=function(){do var p=l.next()>>>11,d=(l.next()>>>0)/4294967296,m=(p+d)/(1<<21);while(m===0);return m},c.int32=l.next,c.quick=c,a&&(typeof a=="object"&&r(a,l),c.state=function(){return r(l,{})}),c}t&&t.exports?t.exports=s:e&&e.amd?e(function(){return s}):this.xorwow=s})(qy,typeof og=="object"&&og,typeof define=="function"&&define)});var Xy=pt((jy,sg)=>{(function(n,t,e){function o(i){var u=this;u.next=function(){var a=u.x,c=u.i,p,d,m;return p=a[c],p^=p>>>7,d=p^p<<24,p=a[c+1&7],d^=p^p>>>10,p=a[c+3&7],d^=p^p>>>3,p=a[c+4&7],d^=p^p<<7,p=a[c+7&7],p=p^p<<13,d^=p^p<<9,a[c]=d,u.i=c+1&7,d};function l(a,c){var p,d,m=[];if(c===(c|0))d=m[0]=c;else for(c=""+c,p=0;p<c.length;++p)m[p&7]=m[p&7]<<15^c.charCodeAt(p)+m[p+1&7]<<13;for(;m.length<8;)m.push(0);for(p=0;p<8&&m[p]===0;++p);for(p==8?d=m[7]=-1:d=m[p],a.x=m,a.i=0,p=256;p>0;--p)a.next()}l(u,i)}function r(i,u){return u.x=i.x.slice(),u.i=i.i,u}function s(i,u){i==null&&(i=+new Date);var l=new o(i),a=u&&u.state,c=function(){return(l.next()>>>0)/4294967296};return c.double=function(){do var p=l.next()>>>11,d=(l.next()>>>0)/4294967296,m=(p+d)/(1<<21);while(m===0);return m},c.int32=l.next,c.quick=c,a&&(a.x&&r(a,l),c.state=function(){return r(l,{})}),c}t&&t.exports?t.exports=s:e&&e.amd?e(function(){return s}):this.xorshift7=s})(jy,typeof sg=="object"&&sg,typeof define=="function"&&define)});var Zy=pt((Yy,ag)=>{(function(n,t,e){function o(i){var u=this;u.next=function(){var a=u.w,c=u.X,p=u.i,d,m;return u.w=a=a+1640531527|0,m=c[p+34&127],d=c[p=p+1&127],m^=m<<13,d^=d<<17,m^=m>>>15,d^=d>>>12,m=c[p]=m^d,u.i=p,m+(a^a>>>16)|0};function l(a,c){var p,d,m,f,h,g=[],x=128;for(c===(c|0)?(d=c,c=null):(c=c+"\0",d=0,x=Math.max(x,c.length)),m=0,f=-32;f<x;++f)c&&(d^=c.charCodeAt((f+32)%c.length)),f===0&&(h=d),d^=d<<10,d^=d>>>15,d^=d<<4,d^=d>>>13,f>=0&&(h=h+1640531527|0,p=g[f&127]^=d+h,m=p==0?m+1:0);for(m>=128&&(g[(c&&c.length||0)&127]=-1),m=127,f=512;f>0;--f)d=g[m+34&127],p=g[m=m+1&127],d^=d<<13,p^=p<<17,d^=d>>>15,p^=p>>>12,g[m]=d^p;a.w=h,a.X=g,a.i=m}l(u,i)}function r(i,u){return u.i=i.i,u.w=i.w,u.X=i.X.slice(),u}function s(i,u){i==null&&(i=+new Date);var l=new o(i),a=u&&u.state,c=function(){return(l.next()>>>0)/4294967296};return c.double=function(){do var p=l.next()>>>11,d=(l.next()>>>0)/4294967296,m=(p+d)/(1<<21);while(m===0);return m},c.int32=l.next,c.quick=c,a&&(a.X&&r(a,l),c.state=function(){return r(l,{})}),c}t&&t.exports?t.exports=s:e&&e.amd?e(function(){return s}):this.xor4096=s})(Yy,typeof ag=="object"&&ag,typeof define=="function"&&define)});var Jy=pt((Qy,ig)=>{(function(n,t,e){function o(i){var u=this,l="";u.next=function(){var c=u.b,p=u.c,d=u.d,m=u.a;return c=c<<25^c>>>7^p,p=p-d|0,d=d<<24^d>>>8^m,m=m-c|0,u.b=c=c<<20^c>>>12^p,u.c=p=p-d|0,u.d=d<<16^p>>>16^m,u.a=m-c|0},u.a=0,u.b=0,u.c=-1640531527,u.d=1367130551,i===Math.floor(i)?(u.a=i/4294967296|0,u.b=i|0):l+=i;for(var a=0;a<l.length+20;a++)u.b^=l.charCodeAt(a)|0,u.next()}function r(i,u){return u.a=i.a,u.b=i.b,u.c=i.c,u.d=i.d,u}function s(i,u){var l=new o(i),a=u&&u.state,c=function(){return(l.next()>>>0)/4294967296};return c.double=function(){do var p=l.next()>>>11,d=(l.next()>>>0)/4294967296,m=(p+d)/(1<<21);while(m===0);return m},c.int32=l.next,c.quick=c,a&&(typeof a=="object"&&r(a,l),c.state=function(){return r(l,{})}),c}t&&t.exports?t.exports=s:e&&e.amd?e(function(){return s}):this.tychei=s})(Qy,typeof ig=="object"&&ig,typeof define=="function"&&define)});var eC=pt(()=>{});var nC=pt((tC,dc)=>{(function(n,t,e){var o=256,r=6,s=52,i="random",u=e.pow(o,r),l=e.pow(2,s),a=l*2,c=o-1,p;function d(C,w,S){var v=[];w=w==!0?{entropy:!0}:w||{};var k=g(h(w.entropy?[C,y(t)]:C??x(),3),v),T=new m(v),R=function(){for(var A=T.g(r),F=u,D=0;A<l;)A=(A+D)*o,F*=o,D=T.g(1);for(;A>=a;)A/=2,F/=2,D>>>=1;return(A+D)/F};return R.int32=function(){return T.g(4)|0},R.quick=function(){return T.g(4)/4294967296},R.double=R,g(y(T.S),t),(w.pass||S||function(A,F,D,$){return $&&($.S&&f($,T),A.state=function(){return f(T,{})}),D?(e[i]=A,F):A})(R,k,"global"in w?w.global:this==e,w.state)}function m(C){var w,S=C.length,v=this,k=0,T=v.i=v.j=0,R=v.S=[];for(S||(C=[S++]);k<o;)R[k]=k++;for(k=0;k<o;k++)R[k]=R[T=c&T+C[k%S]+(w=R[k])],R[T]=w;(v.g=function(A){for(var F,D=0,$=v.i,O=v.j,P=v.S;A--;)F=P[$=c&$+1],D=D*o+P[c&(P[$]=P[O=c&O+F])+(P[O]=F)];return v.i=$,v.j=O,D})(o)}function f(C,w){return w.i=C.i,w.j=C.j,w.S=C.S.slice(),w}function h(C,w){var S=[],v=typeof C,k;if(w&&v=="object")for(k in C)try{S.push(h(C[k],w-1))}catch{}return S.length?S:v=="string"?C:C+"\0"}function g(C,w){for(var S=C+"",v,k=0;k<S.length;)w[c&k]=c&(v^=w[c&k]*19)+S.charCodeAt(k++);return y(w)}function x(){try{var C;return p&&(C=p.randomBytes)?C=C(o):(C=new Uint8Array(o),(n.crypto||n.msCrypto).getRandomValues(C)),y(C)}catch{var w=n.navigator,S=w&&w.plugins;return[+new Date,n,S,n.screen,y(t)]}}function y(C){return String.fromCharCode.apply(0,C)}if(g(e.random(),t),typeof dc=="object"&&dc.exports){dc.exports=d;try{p=eC()}catch{}}else typeof define=="function"&&define.amd?define(function(){return d}):e["seed"+i]=d})(typeof self<"u"?self:tC,[],Math)});var oC=pt((d8,rC)=>{var YD=zy(),ZD=Hy(),QD=Ky(),JD=Xy(),e$=Zy(),t$=Jy(),Os=nC();Os.alea=YD;Os.xor128=ZD;Os.xorwow=QD;Os.xorshift7=JD;Os.xor4096=e$;Os.tychei=t$;rC.exports=Os});var Yx=pt(()=>{});var Zx=pt(()=>{});var YA=pt(()=>{});var ZA=pt(()=>{});var QA=pt(()=>{});var JA=pt((Ad,Jx)=>{var Qx=(()=>{var n=typeof document<"u"&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<"u"&&(n=n||__filename),(function(t){t=t||{};function e(){return H.buffer!=Re&&Je(H.buffer),Ue}function o(){return H.buffer!=Re&&Je(H.buffer),Oe}function r(){return H.buffer!=Re&&Je(H.buffer),ze}function s(){return H.buffer!=Re&&Je(H.buffer),zt}function i(){return H.buffer!=Re&&Je(H.buffer),st}function u(){return H.buffer!=Re&&Je(H.buffer),nn}function l(){return H.buffer!=Re&&Je(H.buffer),bt}var a=typeof t<"u"?t:{},c,p;a.ready=new Promise(function(_,E){c=_,p=E});var d;typeof process<"u"&&process.listeners&&(d={uncaughtException:process.listeners("uncaughtException"),unhandledRejection:process.listeners("unhandledRejection")});var m=Object.assign({},a),f=[],h="./this.program",g=(_,E)=>{throw E},x=typeof window=="object",y=typeof importScripts=="function",C=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string",w=a.ENVIRONMENT_IS_PTHREAD||!1,S="";function v(_){return a.locateFile?a.locateFile(_,S):S+_}var k,T,R,A;function F(_){if(_ instanceof Hr)return;V("exiting due to exception: "+_)}if(C){var D=Yx(),$=Zx();y?S=$.dirname(S)+"/":S=__dirname+"/",k=(E,Q)=>(E=ia(E)?new URL(E):$.normalize(E),D.readFileSync(E,Q?void 0:"utf8")),R=E=>{var Q=k(E,!0);return Q.buffer||(Q=new Uint8Array(Q)),Q},T=(E,Q,xe)=>{E=ia(E)?new URL(E):$.normalize(E),D.readFile(E,function(Se,we){Se?xe(Se):Q(we.buffer)})},process.argv.length>1&&(h=process.argv[1].replace(/\\/g,"/")),f=process.argv.slice(2),process.on("uncaughtException",function(E){if(!(E instanceof Hr))throw E}),process.on("unhandledRejection",function(E){throw E}),g=(E,Q)=>{if(Cn())throw process.exitCode=E,Q;F(Q),process.exit(E)},a.inspect=function(){return"[Emscripten Module object]"};let _;try{_=YA()}catch(E){throw console.error('The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?'),E}global.Worker=_.Worker}else(x||y)&&(y?S=self.location.href:typeof document<"u"&&document.currentScript&&(S=document.currentScript.src),typeof n<"u"&&n&&(S=n),S.indexOf("blob:")!==0?S=S.substr(0,S.replace(/[?#].*/,"").lastIndexOf("/")+1):S="",C||(k=_=>{var E=new XMLHttpRequest;return E.open("GET",_,!1),E.send(null),E.responseText},y&&(R=_=>{var E=new XMLHttpRequest;return E.open("GET",_,!1),E.responseType="arraybuffer",E.send(null),new Uint8Array(E.response)}),T=(_,E,Q)=>{var xe=new XMLHttpRequest;xe.open("GET",_,!0),xe.responseType="arraybuffer",xe.onload=()=>{if(xe.status==200||xe.status==0&&xe.response){E(xe.response);return}Q()},xe.onerror=Q,xe.send(null)}),A=_=>document.title=_);C&&typeof performance>"u"&&(global.performance=ZA().performance);var O=console.log.bind(console),P=console.warn.bind(console);C&&(O=_=>D.writeSync(1,_+`
`),P=_=>D.writeSync(2,_+`
`));var B=a.print||O,V=a.printErr||P;Object.assign(a,m),m=null,a.arguments&&(f=a.arguments),a.thisProgram&&(h=a.thisProgram),a.quit&&(g=a.quit);var L=4,U=Atomics.load,q=Atomics.store,j=Atomics.compareExchange,X;a.wasmBinary&&(X=a.wasmBinary);var G=a.noExitRuntime||!0;typeof WebAssembly!="object"&&Gr("no native wasm support detected");var H,Z,ee=!1,ae;function fe(_,E){_||Gr(E)}var de=typeof TextDecoder<"u"?new TextDecoder("utf8"):void 0;function ye(_,E,Q){E>>>=0;for(var xe=E+Q,Se=E;_[Se]&&!(Se>=xe);)++Se;if(Se-E>16&&_.buffer&&de)return de.decode(_.buffer instanceof SharedArrayBuffer?_.slice(E,Se):_.subarray(E,Se));for(var we="";E<Se;){var oe=_[E++];if(!(oe&128)){we+=String.fromCharCode(oe);continue}var me=_[E++]&63;if((oe&224)==192){we+=String.fromCharCode((oe&31)<<6|me);continue}var ot=_[E++]&63;if((oe&240)==224?oe=(oe&15)<<12|me<<6|ot:oe=(oe&7)<<18|me<<12|ot<<6|_[E++]&63,oe<65536)we+=String.fromCharCode(oe);else{var an=oe-65536;we+=String.fromCharCode(55296|an>>10,56320|an&1023)}}return we}function Ce(_,E){return _>>>=0,_?ye(o(),_,E):""}function Me(_,E,Q,xe){if(Q>>>=0,!(xe>0))return 0;for(var Se=Q,we=Q+xe-1,oe=0;oe<_.length;++oe){var me=_.charCodeAt(oe);if(me>=55296&&me<=57343){var ot=_.charCodeAt(++oe);me=65536+((me&1023)<<10)|ot&1023}if(me<=127){if(Q>=we)break;E[Q++>>>0]=me}else if(me<=2047){if(Q+1>=we)break;E[Q++>>>0]=192|me>>6,E[Q++>>>0]=128|me&63}else if(me<=65535){if(Q+2>=we)break;E[Q++>>>0]=224|me>>12,E[Q++>>>0]=128|me>>6&63,E[Q++>>>0]=128|me&63}else{if(Q+3>=we)break;E[Q++>>>0]=240|me>>18,E[Q++>>>0]=128|me>>12&63,E[Q++>>>0]=128|me>>6&63,E[Q++>>>0]=128|me&63}}return E[Q>>>0]=0,Q-Se}function We(_,E,Q){return Me(_,o(),E,Q)}var Re,Ue,Oe,ze,Ge,zt,st,nn,bt;w&&(Re=a.buffer);function Je(_){Re=_,a.HEAP8=Ue=new Int8Array(_),a.HEAP16=ze=new Int16Array(_),a.HEAP32=zt=new Int32Array(_),a.HEAPU8=Oe=new Uint8Array(_),a.HEAPU16=Ge=new Uint16Array(_),a.HEAPU32=st=new Uint32Array(_),a.HEAPF32=nn=new Float32Array(_),a.HEAPF64=bt=new Float64Array(_)}var yt=a.INITIAL_MEMORY||16777216;if(w)H=a.wasmMemory,Re=a.buffer;else if(a.wasmMemory)H=a.wasmMemory;else if(H=new WebAssembly.Memory({initial:yt/65536,maximum:65536,shared:!0}),!(H.buffer instanceof SharedArrayBuffer))throw V("requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag"),C&&V("(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)"),Error("bad memory");H&&(Re=H.buffer),yt=Re.byteLength,Je(Re);var Ct,rn=[],on=[],vt=[],Hn=!1;function Cn(){return G}function En(){if(a.preRun)for(typeof a.preRun=="function"&&(a.preRun=[a.preRun]);a.preRun.length;)tu(a.preRun.shift());ou(rn)}function ft(){Hn=!0,!w&&ou(on)}function qn(){if(!w){if(a.postRun)for(typeof a.postRun=="function"&&(a.postRun=[a.postRun]);a.postRun.length;)fb(a.postRun.shift());ou(vt)}}function tu(_){rn.unshift(_)}function nu(_){on.unshift(_)}function fb(_){vt.unshift(_)}var vr=0,aa=null,Kn=null;function Md(_){vr++,a.monitorRunDependencies&&a.monitorRunDependencies(vr)}function rl(_){if(vr--,a.monitorRunDependencies&&a.monitorRunDependencies(vr),vr==0&&(aa!==null&&(clearInterval(aa),aa=null),Kn)){var E=Kn;Kn=null,E()}}function Gr(_){a.onAbort&&a.onAbort(_),_="Aborted("+_+")",V(_),ee=!0,ae=1,_+=". Build with -sASSERTIONS for more info.";var E=new WebAssembly.RuntimeError(_);throw p(E),E}var Pd="data:application/octet-stream;base64,";function ol(_){return _.startsWith(Pd)}function ia(_){return _.startsWith("file://")}var kt;kt="tfjs-backend-wasm-threaded-simd.wasm",ol(kt)||(kt=v(kt));function sl(_){try{if(_==kt&&X)return new Uint8Array(X);if(R)return R(_);throw"both async and sync fetching of the wasm failed"}catch(E){Gr(E)}}function Od(){if(!X&&(x||y)){if(typeof fetch=="function"&&!ia(kt))return fetch(kt,{credentials:"same-origin"}).then(function(_){if(!_.ok)throw"failed to load wasm binary file at '"+kt+"'";return _.arrayBuffer()}).catch(function(){return sl(kt)});if(T)return new Promise(function(_,E){T(kt,function(Q){_(new Uint8Array(Q))},E)})}return Promise.resolve().then(function(){return sl(kt)})}function Bd(){var _={env:bl,wasi_snapshot_preview1:bl};function E(oe,me){var ot=oe.exports;if(a.asm=ot,Kd(a.asm._emscripten_tls_init),Ct=a.asm.__indirect_function_table,nu(a.asm.__wasm_call_ctors),Z=me,!w){var an=Ie.unusedWorkers.length;Ie.unusedWorkers.forEach(function(Xn){Ie.loadWasmModuleToWorker(Xn,function(){--an||rl("wasm-instantiate")})})}}w||Md("wasm-instantiate");function Q(oe){E(oe.instance,oe.module)}function xe(oe){return Od().then(function(me){return WebAssembly.instantiate(me,_)}).then(function(me){return me}).then(oe,function(me){V("failed to asynchronously prepare wasm: "+me),Gr(me)})}function Se(){return!X&&typeof WebAssembly.instantiateStreaming=="function"&&!ol(kt)&&!ia(kt)&&!C&&typeof fetch=="function"?fetch(kt,{credentials:"same-origin"}).then(function(oe){var me=WebAssembly.instantiateStreaming(oe,_);return me.then(Q,function(ot){return V("wasm streaming compile failed: "+ot),V("falling back to ArrayBuffer instantiation"),xe(Q)})}):xe(Q)}if(a.instantiateWasm)try{var we=a.instantiateWasm(_,E);return we}catch(oe){V("Module.instantiateWasm callback failed with error: "+oe),p(oe)}return Se().catch(p),{}}var hb,gb,al={};function Hr(_){this.name="ExitStatus",this.message="Program terminated with exit("+_+")",this.status=_}function Ld(_){var E=Ie.pthreads[_];delete Ie.pthreads[_],E.terminate(),ch(_),Ie.runningWorkers.splice(Ie.runningWorkers.indexOf(E),1),E.pthread_ptr=0}function Vd(_){var E=Ie.pthreads[_];E.postMessage({cmd:"cancel"})}function ru(_){var E=Ie.pthreads[_];fe(E),Ie.returnWorkerToPool(E)}function Wd(_){var E=Ie.getNewWorker();if(!E)return 6;Ie.runningWorkers.push(E),Ie.pthreads[_.pthread_ptr]=E,E.pthread_ptr=_.pthread_ptr;var Q={cmd:"run",start_routine:_.startRoutine,arg:_.arg,pthread_ptr:_.pthread_ptr};return E.runPthread=()=>{C&&E.ref(),E.postMessage(Q,_.transferList),delete E.runPthread},E.loaded&&E.runPthread(),0}var il={varargs:void 0,get:function(){il.varargs+=4;var _=s()[il.varargs-4>>>2];return _},getStr:function(_){var E=Ce(_);return E}};function ul(_){if(w)return kr(1,1,_);ae=_,Cn()||(Ie.terminateAllThreads(),a.onExit&&a.onExit(_),ee=!0),g(_,new Hr(_))}function Ud(_,E){if(ae=_,!E&&w)throw cl(_),"unwind";ul(_)}var ll=Ud;function zd(_){if(_ instanceof Hr||_=="unwind")return ae;g(1,_)}var Ie={unusedWorkers:[],runningWorkers:[],tlsInitFunctions:[],pthreads:{},init:function(){w?Ie.initWorker():Ie.initMainThread()},initMainThread:function(){for(var _=8;_--;)Ie.allocateUnusedWorker()},initWorker:function(){G=!1},setExitStatus:function(_){ae=_},terminateAllThreads:function(){for(var _ of Object.values(Ie.pthreads))Ie.returnWorkerToPool(_);for(var _ of Ie.unusedWorkers)_.terminate();Ie.unusedWorkers=[]},returnWorkerToPool:function(_){var E=_.pthread_ptr;delete Ie.pthreads[E],Ie.unusedWorkers.push(_),Ie.runningWorkers.splice(Ie.runningWorkers.indexOf(_),1),_.pthread_ptr=0,C&&_.unref(),ch(E)},receiveObjectTransfer:function(_){},threadInitTLS:function(){Ie.tlsInitFunctions.forEach(_=>_())},loadWasmModuleToWorker:function(_,E){_.onmessage=we=>{var oe=we.data,me=oe.cmd;if(_.pthread_ptr&&(Ie.currentProxiedOperationCallerThread=_.pthread_ptr),oe.targetThread&&oe.targetThread!=vl()){var ot=Ie.pthreads[oe.targetThread];ot?ot.postMessage(oe,oe.transferList):V('Internal error! Worker sent a message "'+me+'" to target pthread '+oe.targetThread+", but that thread no longer exists!"),Ie.currentProxiedOperationCallerThread=void 0;return}me==="processProxyingQueue"?su(oe.queue):me==="spawnThread"?Wd(oe):me==="cleanupThread"?ru(oe.thread):me==="killThread"?Ld(oe.thread):me==="cancelThread"?Vd(oe.thread):me==="loaded"?(_.loaded=!0,C&&_.unref(),E&&E(_),_.runPthread&&_.runPthread()):me==="print"?B("Thread "+oe.threadId+": "+oe.text):me==="printErr"?V("Thread "+oe.threadId+": "+oe.text):me==="alert"?alert("Thread "+oe.threadId+": "+oe.text):oe.target==="setimmediate"?_.postMessage(oe):me==="callHandler"?a[oe.handler](...oe.args):me&&V("worker sent an unknown command "+me),Ie.currentProxiedOperationCallerThread=void 0},_.onerror=we=>{var oe="worker sent an error!";throw V(oe+" "+we.filename+":"+we.lineno+": "+we.message),we},C&&(_.on("message",function(we){_.onmessage({data:we})}),_.on("error",function(we){_.onerror(we)}),_.on("detachedExit",function(){}));var Q=[],xe=["onExit","onAbort","print","printErr"];for(var Se of xe)a.hasOwnProperty(Se)&&Q.push(Se);_.postMessage({cmd:"load",handlers:Q,urlOrBlob:a.mainScriptUrlOrBlob||n,wasmMemory:H,wasmModule:Z})},allocateUnusedWorker:function(){var _,E=v("tfjs-backend-wasm-threaded-simd.worker.js");_=new Worker(E),Ie.unusedWorkers.push(_)},getNewWorker:function(){return Ie.unusedWorkers.length==0&&(Ie.allocateUnusedWorker(),Ie.loadWasmModuleToWorker(Ie.unusedWorkers[0])),Ie.unusedWorkers.pop()}};a.PThread=Ie;function ou(_){for(;_.length>0;)_.shift()(a)}function Gd(){var _=vl(),E=s()[_+52>>>2],Q=s()[_+56>>>2],xe=E-Q;wb(E,xe),kl(E)}a.establishStackSpace=Gd;function cl(_){if(w)return kr(2,0,_);try{ll(_)}catch(E){zd(E)}}var ua=[];function Hd(_){var E=ua[_];return E||(_>=ua.length&&(ua.length=_+1),ua[_]=E=Ct.get(_)),E}function qd(_,E){var Q=Hd(_)(E);Cn()?Ie.setExitStatus(Q):Ib(Q)}a.invokeEntryPoint=qd;function Kd(_){Ie.tlsInitFunctions.push(_)}function jd(_){bb(_,!y,1,!x),Ie.threadInitTLS()}function Xd(_){w?postMessage({cmd:"cleanupThread",thread:_}):ru(_)}function pl(_,E,Q,xe){return w?kr(3,1,_,E,Q,xe):dl(_,E,Q,xe)}function dl(_,E,Q,xe){if(typeof SharedArrayBuffer>"u")return V("Current environment does not support SharedArrayBuffer, pthreads are not available!"),6;var Se=[],we=0;if(w&&(Se.length===0||we))return pl(_,E,Q,xe);if(we)return we;var oe={startRoutine:Q,pthread_ptr:_,arg:xe,transferList:Se};return w?(oe.cmd="spawnThread",postMessage(oe,Se),0):Wd(oe)}function Yd(){return 65536}var Zd=!0;function Qd(){return Zd}function su(_){Atomics.store(s(),_>>2,1),vl()&&Cb(_),Atomics.compareExchange(s(),_>>2,1,0)}a.executeNotifiedProxyingQueue=su;function Jd(_,E,Q,xe){if(_==E)setTimeout(()=>su(xe));else if(w)postMessage({targetThread:_,cmd:"processProxyingQueue",queue:xe});else{var Se=Ie.pthreads[_];if(!Se)return;Se.postMessage({cmd:"processProxyingQueue",queue:xe})}return 1}function em(_,E,Q){return-1}function tm(){Gr("")}function qr(_){qr.shown||(qr.shown={}),qr.shown[_]||(qr.shown[_]=1,C&&(_="warning: "+_),V(_))}function nm(){C||y||qr("Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread")}function rm(){return Date.now()}function ml(){return 4294901760}function om(){return ml()}var au;C?au=()=>{var _=process.hrtime();return _[0]*1e3+_[1]/1e6}:au=()=>performance.timeOrigin+performance.now();function sm(_,E,Q){o().copyWithin(_>>>0,E>>>0,E+Q>>>0)}function am(){return C?QA().cpus().length:navigator.hardwareConcurrency}function im(_){var E=ph(),Q=_();return kl(E),Q}function kr(_,E){var Q=arguments.length-2,xe=arguments;return im(()=>{for(var Se=Q,we=_l(Se*8),oe=we>>3,me=0;me<Q;me++){var ot=xe[2+me];l()[oe+me>>>0]=ot}return yb(_,Se,we,E)})}var iu=[];function um(_,E,Q){iu.length=E;for(var xe=Q>>3,Se=0;Se<E;Se++)iu[Se]=l()[xe+Se>>>0];var we=_<0,oe=we?al[-_-1]:xm[_];return oe.apply(null,iu)}function lm(_){try{return H.grow(_-Re.byteLength+65535>>>16),Je(H.buffer),1}catch{}}function cm(_){var E=o().length;if(_=_>>>0,_<=E)return!1;var Q=ml();if(_>Q)return!1;let xe=(ot,an)=>ot+(an-ot%an)%an;for(var Se=1;Se<=4;Se*=2){var we=E*(1+.2/Se);we=Math.min(we,_+100663296);var oe=Math.min(Q,xe(Math.max(_,we),65536)),me=lm(oe);if(me)return!0}return!1}function pm(){throw"unwind"}function fl(_){return w?kr(4,1,_):52}function hl(_,E,Q,xe,Se){return w?kr(5,1,_,E,Q,xe,Se):70}var dm=[null,[],[]];function mm(_,E){var Q=dm[_];E===0||E===10?((_===1?B:V)(ye(Q,0)),Q.length=0):Q.push(E)}function gl(_,E,Q,xe){if(w)return kr(6,1,_,E,Q,xe);for(var Se=0,we=0;we<Q;we++){var oe=i()[E>>>2],me=i()[E+4>>>2];E+=8;for(var ot=0;ot<me;ot++)mm(_,o()[oe+ot>>>0]);Se+=me}return i()[xe>>>2]=Se,0}function xl(_){var E=a["_"+_];return E}function fm(_,E){e().set(_,E>>>0)}function hm(_,E,Q,xe,Se){var we={string:Gt=>{var da=0;if(Gt!=null&&Gt!==0){var kb=(Gt.length<<2)+1;da=_l(kb),We(Gt,da,kb)}return da},array:Gt=>{var da=_l(Gt.length);return fm(Gt,da),da}};function oe(Gt){return E==="string"?Ce(Gt):E==="boolean"?!!Gt:Gt}var me=xl(_),ot=[],an=0;if(xe)for(var Xn=0;Xn<xe.length;Xn++){var vb=we[Q[Xn]];vb?(an===0&&(an=ph()),ot[Xn]=vb(xe[Xn])):ot[Xn]=xe[Xn]}var dh=me.apply(null,ot);function tF(Gt){return an!==0&&kl(an),oe(Gt)}return dh=tF(dh),dh}function gm(_,E,Q,xe){Q=Q||[];var Se=Q.every(oe=>oe==="number"||oe==="boolean"),we=E!=="string";return we&&Se&&!xe?xl(_):function(){return hm(_,E,Q,arguments,xe)}}Ie.init();var xm=[null,ul,cl,pl,fl,hl,gl],bl={__emscripten_init_main_thread_js:jd,__emscripten_thread_cleanup:Xd,__pthread_create_js:dl,_emscripten_default_pthread_stack_size:Yd,_emscripten_get_now_is_monotonic:Qd,_emscripten_notify_task_queue:Jd,_emscripten_set_offscreencanvas_size:em,abort:tm,emscripten_check_blocking_allowed:nm,emscripten_date_now:rm,emscripten_get_heap_max:om,emscripten_get_now:au,emscripten_memcpy_big:sm,emscripten_num_logical_cores:am,emscripten_receive_on_main_thread_js:um,emscripten_resize_heap:cm,emscripten_unwind_to_js_event_loop:pm,exit:ll,fd_close:fl,fd_seek:hl,fd_write:gl,memory:H||a.wasmMemory},xb=Bd(),bm=a.___wasm_call_ctors=function(){return(bm=a.___wasm_call_ctors=a.asm.__wasm_call_ctors).apply(null,arguments)},ym=a._init=function(){return(ym=a._init=a.asm.init).apply(null,arguments)},Cm=a._init_with_threads_count=function(){return(Cm=a._init_with_threads_count=a.asm.init_with_threads_count).apply(null,arguments)},Im=a._get_threads_count=function(){return(Im=a._get_threads_count=a.asm.get_threads_count).apply(null,arguments)},wm=a._register_tensor=function(){return(wm=a._register_tensor=a.asm.register_tensor).apply(null,arguments)},Sm=a._dispose_data=function(){return(Sm=a._dispose_data=a.asm.dispose_data).apply(null,arguments)},vm=a._dispose=function(){return(vm=a._dispose=a.asm.dispose).apply(null,arguments)},km=a._Abs=function(){return(km=a._Abs=a.asm.Abs).apply(null,arguments)},_m=a._Acos=function(){return(_m=a._Acos=a.asm.Acos).apply(null,arguments)},Tm=a._Acosh=function(){return(Tm=a._Acosh=a.asm.Acosh).apply(null,arguments)},Nm=a._Add=function(){return(Nm=a._Add=a.asm.Add).apply(null,arguments)},Rm=a._AddN=function(){return(Rm=a._AddN=a.asm.AddN).apply(null,arguments)},Am=a._All=function(){return(Am=a._All=a.asm.All).apply(null,arguments)},Em=a._Any=function(){return(Em=a._Any=a.asm.Any).apply(null,arguments)},Fm=a._ArgMax=function(){return(Fm=a._ArgMax=a.asm.ArgMax).apply(null,arguments)},Dm=a._ArgMin=function(){return(Dm=a._ArgMin=a.asm.ArgMin).apply(null,arguments)},$m=a._Asin=function(){return($m=a._Asin=a.asm.Asin).apply(null,arguments)},Mm=a._Asinh=function(){return(Mm=a._Asinh=a.asm.Asinh).apply(null,arguments)},Pm=a._Atan=function(){return(Pm=a._Atan=a.asm.Atan).apply(null,arguments)},Om=a._Atan2=function(){return(Om=a._Atan2=a.asm.Atan2).apply(null,arguments)},Bm=a._Atanh=function(){return(Bm=a._Atanh=a.asm.Atanh).apply(null,arguments)},Lm=a._AvgPool=function(){return(Lm=a._AvgPool=a.asm.AvgPool).apply(null,arguments)},Vm=a._AvgPool3D=function(){return(Vm=a._AvgPool3D=a.asm.AvgPool3D).apply(null,arguments)},Wm=a._AvgPool3DGrad=function(){return(Wm=a._AvgPool3DGrad=a.asm.AvgPool3DGrad).apply(null,arguments)},Um=a._AvgPoolGrad=function(){return(Um=a._AvgPoolGrad=a.asm.AvgPoolGrad).apply(null,arguments)},zm=a._BatchMatMul=function(){return(zm=a._BatchMatMul=a.asm.BatchMatMul).apply(null,arguments)},Gm=a._Bincount=function(){return(Gm=a._Bincount=a.asm.Bincount).apply(null,arguments)},Hm=a._BitwiseAnd=function(){return(Hm=a._BitwiseAnd=a.asm.BitwiseAnd).apply(null,arguments)},qm=a._Ceil=function(){return(qm=a._Ceil=a.asm.Ceil).apply(null,arguments)},Km=a._ClipByValue=function(){return(Km=a._ClipByValue=a.asm.ClipByValue).apply(null,arguments)},jm=a._Conv2D=function(){return(jm=a._Conv2D=a.asm.Conv2D).apply(null,arguments)},Xm=a._Conv2DBackpropInput=function(){return(Xm=a._Conv2DBackpropInput=a.asm.Conv2DBackpropInput).apply(null,arguments)},Ym=a._Conv3D=function(){return(Ym=a._Conv3D=a.asm.Conv3D).apply(null,arguments)},Zm=a._Conv3DBackpropFilterV2=function(){return(Zm=a._Conv3DBackpropFilterV2=a.asm.Conv3DBackpropFilterV2).apply(null,arguments)},Qm=a._Conv3DBackpropInputV2=function(){return(Qm=a._Conv3DBackpropInputV2=a.asm.Conv3DBackpropInputV2).apply(null,arguments)},Jm=a._Cos=function(){return(Jm=a._Cos=a.asm.Cos).apply(null,arguments)},ef=a._Cosh=function(){return(ef=a._Cosh=a.asm.Cosh).apply(null,arguments)},tf=a._CropAndResize=function(){return(tf=a._CropAndResize=a.asm.CropAndResize).apply(null,arguments)},nf=a._Cumprod=function(){return(nf=a._Cumprod=a.asm.Cumprod).apply(null,arguments)},rf=a._Cumsum=function(){return(rf=a._Cumsum=a.asm.Cumsum).apply(null,arguments)},of=a._DenseBincount=function(){return(of=a._DenseBincount=a.asm.DenseBincount).apply(null,arguments)},sf=a._DepthToSpace=function(){return(sf=a._DepthToSpace=a.asm.DepthToSpace).apply(null,arguments)},af=a._DepthwiseConv2dNative=function(){return(af=a._DepthwiseConv2dNative=a.asm.DepthwiseConv2dNative).apply(null,arguments)},uf=a._Diag=function(){return(uf=a._Diag=a.asm.Diag).apply(null,arguments)},lf=a._Dilation2D=function(){return(lf=a._Dilation2D=a.asm.Dilation2D).apply(null,arguments)},cf=a._Dilation2DBackpropFilter=function(){return(cf=a._Dilation2DBackpropFilter=a.asm.Dilation2DBackpropFilter).apply(null,arguments)},pf=a._Dilation2DBackpropInput=function(){return(pf=a._Dilation2DBackpropInput=a.asm.Dilation2DBackpropInput).apply(null,arguments)},df=a._Elu=function(){return(df=a._Elu=a.asm.Elu).apply(null,arguments)},mf=a._EluGrad=function(){return(mf=a._EluGrad=a.asm.EluGrad).apply(null,arguments)},ff=a._Equal=function(){return(ff=a._Equal=a.asm.Equal).apply(null,arguments)},hf=a._Erf=function(){return(hf=a._Erf=a.asm.Erf).apply(null,arguments)},gf=a._Exp=function(){return(gf=a._Exp=a.asm.Exp).apply(null,arguments)},xf=a._Expm1=function(){return(xf=a._Expm1=a.asm.Expm1).apply(null,arguments)},bf=a._FlipLeftRight=function(){return(bf=a._FlipLeftRight=a.asm.FlipLeftRight).apply(null,arguments)},yf=a._Floor=function(){return(yf=a._Floor=a.asm.Floor).apply(null,arguments)},Cf=a._FloorDiv=function(){return(Cf=a._FloorDiv=a.asm.FloorDiv).apply(null,arguments)},If=a._FusedBatchNorm=function(){return(If=a._FusedBatchNorm=a.asm.FusedBatchNorm).apply(null,arguments)},wf=a._FusedConv2D=function(){return(wf=a._FusedConv2D=a.asm.FusedConv2D).apply(null,arguments)},Sf=a._FusedDepthwiseConv2D=function(){return(Sf=a._FusedDepthwiseConv2D=a.asm.FusedDepthwiseConv2D).apply(null,arguments)},vf=a._Gather=function(){return(vf=a._Gather=a.asm.Gather).apply(null,arguments)},kf=a._GatherNd=function(){return(kf=a._GatherNd=a.asm.GatherNd).apply(null,arguments)},_f=a._Greater=function(){return(_f=a._Greater=a.asm.Greater).apply(null,arguments)},Tf=a._GreaterEqual=function(){return(Tf=a._GreaterEqual=a.asm.GreaterEqual).apply(null,arguments)},Nf=a._IsFinite=function(){return(Nf=a._IsFinite=a.asm.IsFinite).apply(null,arguments)},Rf=a._IsInf=function(){return(Rf=a._IsInf=a.asm.IsInf).apply(null,arguments)},Af=a._IsNan=function(){return(Af=a._IsNan=a.asm.IsNan).apply(null,arguments)},Ef=a._LRN=function(){return(Ef=a._LRN=a.asm.LRN).apply(null,arguments)},Ff=a._LRNGrad=function(){return(Ff=a._LRNGrad=a.asm.LRNGrad).apply(null,arguments)},Df=a._LeakyRelu=function(){return(Df=a._LeakyRelu=a.asm.LeakyRelu).apply(null,arguments)},$f=a._Less=function(){return($f=a._Less=a.asm.Less).apply(null,arguments)},Mf=a._LessEqual=function(){return(Mf=a._LessEqual=a.asm.LessEqual).apply(null,arguments)},Pf=a._LinSpace=function(){return(Pf=a._LinSpace=a.asm.LinSpace).apply(null,arguments)},Of=a._Log=function(){return(Of=a._Log=a.asm.Log).apply(null,arguments)},Bf=a._Log1p=function(){return(Bf=a._Log1p=a.asm.Log1p).apply(null,arguments)},Lf=a._LogicalAnd=function(){return(Lf=a._LogicalAnd=a.asm.LogicalAnd).apply(null,arguments)},Vf=a._LogicalNot=function(){return(Vf=a._LogicalNot=a.asm.LogicalNot).apply(null,arguments)},Wf=a._LogicalOr=function(){return(Wf=a._LogicalOr=a.asm.LogicalOr).apply(null,arguments)},Uf=a._LogicalXor=function(){return(Uf=a._LogicalXor=a.asm.LogicalXor).apply(null,arguments)},zf=a._Max=function(){return(zf=a._Max=a.asm.Max).apply(null,arguments)},Gf=a._MaxPool=function(){return(Gf=a._MaxPool=a.asm.MaxPool).apply(null,arguments)},Hf=a._MaxPool3D=function(){return(Hf=a._MaxPool3D=a.asm.MaxPool3D).apply(null,arguments)},qf=a._MaxPool3DGrad=function(){return(qf=a._MaxPool3DGrad=a.asm.MaxPool3DGrad).apply(null,arguments)},Kf=a._MaxPoolGrad=function(){return(Kf=a._MaxPoolGrad=a.asm.MaxPoolGrad).apply(null,arguments)},jf=a._MaxPoolWithArgmax=function(){return(jf=a._MaxPoolWithArgmax=a.asm.MaxPoolWithArgmax).apply(null,arguments)},Xf=a._Maximum=function(){return(Xf=a._Maximum=a.asm.Maximum).apply(null,arguments)},Yf=a._Mean=function(){return(Yf=a._Mean=a.asm.Mean).apply(null,arguments)},Zf=a._Min=function(){return(Zf=a._Min=a.asm.Min).apply(null,arguments)},Qf=a._Minimum=function(){return(Qf=a._Minimum=a.asm.Minimum).apply(null,arguments)},Jf=a._MirrorPad=function(){return(Jf=a._MirrorPad=a.asm.MirrorPad).apply(null,arguments)},eh=a._Mod=function(){return(eh=a._Mod=a.asm.Mod).apply(null,arguments)},th=a._Multinomial=function(){return(th=a._Multinomial=a.asm.Multinomial).apply(null,arguments)},nh=a._Multiply=function(){return(nh=a._Multiply=a.asm.Multiply).apply(null,arguments)},rh=a._Neg=function(){return(rh=a._Neg=a.asm.Neg).apply(null,arguments)},oh=a._NonMaxSuppressionV3=function(){return(oh=a._NonMaxSuppressionV3=a.asm.NonMaxSuppressionV3).apply(null,arguments)},sh=a._NonMaxSuppressionV4=function(){return(sh=a._NonMaxSuppressionV4=a.asm.NonMaxSuppressionV4).apply(null,arguments)},yl=a._NonMaxSuppressionV5=function(){return(yl=a._NonMaxSuppressionV5=a.asm.NonMaxSuppressionV5).apply(null,arguments)},Cl=a._NotEqual=function(){return(Cl=a._NotEqual=a.asm.NotEqual).apply(null,arguments)},uu=a._OneHot=function(){return(uu=a._OneHot=a.asm.OneHot).apply(null,arguments)},ah=a._PadV2=function(){return(ah=a._PadV2=a.asm.PadV2).apply(null,arguments)},ih=a._Pow=function(){return(ih=a._Pow=a.asm.Pow).apply(null,arguments)},la=a._Prelu=function(){return(la=a._Prelu=a.asm.Prelu).apply(null,arguments)},Il=a._Prod=function(){return(Il=a._Prod=a.asm.Prod).apply(null,arguments)},ca=a._RealDiv=function(){return(ca=a._RealDiv=a.asm.RealDiv).apply(null,arguments)},pa=a._Reciprocal=function(){return(pa=a._Reciprocal=a.asm.Reciprocal).apply(null,arguments)},uh=a._Relu=function(){return(uh=a._Relu=a.asm.Relu).apply(null,arguments)},M=a._Relu6=function(){return(M=a._Relu6=a.asm.Relu6).apply(null,arguments)},Y=a._ResizeBilinear=function(){return(Y=a._ResizeBilinear=a.asm.ResizeBilinear).apply(null,arguments)},ge=a._ResizeBilinearGrad=function(){return(ge=a._ResizeBilinearGrad=a.asm.ResizeBilinearGrad).apply(null,arguments)},Pe=a._ResizeNearestNeighbor=function(){return(Pe=a._ResizeNearestNeighbor=a.asm.ResizeNearestNeighbor).apply(null,arguments)},et=a._ResizeNearestNeighborGrad=function(){return(et=a._ResizeNearestNeighborGrad=a.asm.ResizeNearestNeighborGrad).apply(null,arguments)},tt=a._Reverse=function(){return(tt=a._Reverse=a.asm.Reverse).apply(null,arguments)},De=a._RotateWithOffset=function(){return(De=a._RotateWithOffset=a.asm.RotateWithOffset).apply(null,arguments)},Ae=a._Round=function(){return(Ae=a._Round=a.asm.Round).apply(null,arguments)},lt=a._Rsqrt=function(){return(lt=a._Rsqrt=a.asm.Rsqrt).apply(null,arguments)},sn=a._ScatterNd=function(){return(sn=a._ScatterNd=a.asm.ScatterNd).apply(null,arguments)},jn=a._SearchSorted=function(){return(jn=a._SearchSorted=a.asm.SearchSorted).apply(null,arguments)},wl=a._SelectV2=function(){return(wl=a._SelectV2=a.asm.SelectV2).apply(null,arguments)},lu=a._Selu=function(){return(lu=a._Selu=a.asm.Selu).apply(null,arguments)},lh=a._Sigmoid=function(){return(lh=a._Sigmoid=a.asm.Sigmoid).apply(null,arguments)},Nt=a._Sign=function(){return(Nt=a._Sign=a.asm.Sign).apply(null,arguments)},_r=a._Sin=function(){return(_r=a._Sin=a.asm.Sin).apply(null,arguments)},Sl=a._Sinh=function(){return(Sl=a._Sinh=a.asm.Sinh).apply(null,arguments)},SE=a._Softmax=function(){return(SE=a._Softmax=a.asm.Softmax).apply(null,arguments)},vE=a._Softplus=function(){return(vE=a._Softplus=a.asm.Softplus).apply(null,arguments)},kE=a._SparseFillEmptyRows=function(){return(kE=a._SparseFillEmptyRows=a.asm.SparseFillEmptyRows).apply(null,arguments)},_E=a._SparseReshape=function(){return(_E=a._SparseReshape=a.asm.SparseReshape).apply(null,arguments)},TE=a._SparseSegmentReduction=function(){return(TE=a._SparseSegmentReduction=a.asm.SparseSegmentReduction).apply(null,arguments)},NE=a._SparseToDense=function(){return(NE=a._SparseToDense=a.asm.SparseToDense).apply(null,arguments)},RE=a._Sqrt=function(){return(RE=a._Sqrt=a.asm.Sqrt).apply(null,arguments)},AE=a._Square=function(){return(AE=a._Square=a.asm.Square).apply(null,arguments)},EE=a._SquaredDifference=function(){return(EE=a._SquaredDifference=a.asm.SquaredDifference).apply(null,arguments)},FE=a._Step=function(){return(FE=a._Step=a.asm.Step).apply(null,arguments)},DE=a._StridedSlice=function(){return(DE=a._StridedSlice=a.asm.StridedSlice).apply(null,arguments)},$E=a._Sub=function(){return($E=a._Sub=a.asm.Sub).apply(null,arguments)},ME=a._Sum=function(){return(ME=a._Sum=a.asm.Sum).apply(null,arguments)},PE=a._Tan=function(){return(PE=a._Tan=a.asm.Tan).apply(null,arguments)},OE=a._Tanh=function(){return(OE=a._Tanh=a.asm.Tanh).apply(null,arguments)},BE=a._TensorScatterUpdate=function(){return(BE=a._TensorScatterUpdate=a.asm.TensorScatterUpdate).apply(null,arguments)},LE=a._Tile=function(){return(LE=a._Tile=a.asm.Tile).apply(null,arguments)},VE=a._TopK=function(){return(VE=a._TopK=a.asm.TopK).apply(null,arguments)},WE=a._Transform=function(){return(WE=a._Transform=a.asm.Transform).apply(null,arguments)},UE=a._Transpose=function(){return(UE=a._Transpose=a.asm.Transpose).apply(null,arguments)},zE=a.__FusedMatMul=function(){return(zE=a.__FusedMatMul=a.asm._FusedMatMul).apply(null,arguments)},GE=a._malloc=function(){return(GE=a._malloc=a.asm.malloc).apply(null,arguments)},HE=a._free=function(){return(HE=a._free=a.asm.free).apply(null,arguments)},qE=a.__emscripten_tls_init=function(){return(qE=a.__emscripten_tls_init=a.asm._emscripten_tls_init).apply(null,arguments)},vl=a._pthread_self=function(){return(vl=a._pthread_self=a.asm.pthread_self).apply(null,arguments)},KE=a.___errno_location=function(){return(KE=a.___errno_location=a.asm.__errno_location).apply(null,arguments)},bb=a.__emscripten_thread_init=function(){return(bb=a.__emscripten_thread_init=a.asm._emscripten_thread_init).apply(null,arguments)},jE=a.__emscripten_thread_crashed=function(){return(jE=a.__emscripten_thread_crashed=a.asm._emscripten_thread_crashed).apply(null,arguments)},XE=a._emscripten_main_thread_process_queued_calls=function(){return(XE=a._emscripten_main_thread_process_queued_calls=a.asm.emscripten_main_thread_process_queued_calls).apply(null,arguments)},YE=a._emscripten_main_browser_thread_id=function(){return(YE=a._emscripten_main_browser_thread_id=a.asm.emscripten_main_browser_thread_id).apply(null,arguments)},yb=a._emscripten_run_in_main_runtime_thread_js=function(){return(yb=a._emscripten_run_in_main_runtime_thread_js=a.asm.emscripten_run_in_main_runtime_thread_js).apply(null,arguments)},ZE=a._emscripten_dispatch_to_thread_=function(){return(ZE=a._emscripten_dispatch_to_thread_=a.asm.emscripten_dispatch_to_thread_).apply(null,arguments)},Cb=a.__emscripten_proxy_execute_task_queue=function(){return(Cb=a.__emscripten_proxy_execute_task_queue=a.asm._emscripten_proxy_execute_task_queue).apply(null,arguments)},ch=a.__emscripten_thread_free_data=function(){return(ch=a.__emscripten_thread_free_data=a.asm._emscripten_thread_free_data).apply(null,arguments)},Ib=a.__emscripten_thread_exit=function(){return(Ib=a.__emscripten_thread_exit=a.asm._emscripten_thread_exit).apply(null,arguments)},wb=a._emscripten_stack_set_limits=function(){return(wb=a._emscripten_stack_set_limits=a.asm.emscripten_stack_set_limits).apply(null,arguments)},ph=a.stackSave=function(){return(ph=a.stackSave=a.asm.stackSave).apply(null,arguments)},kl=a.stackRestore=function(){return(kl=a.stackRestore=a.asm.stackRestore).apply(null,arguments)},_l=a.stackAlloc=function(){return(_l=a.stackAlloc=a.asm.stackAlloc).apply(null,arguments)},QE=a.dynCall_iijjiiii=function(){return(QE=a.dynCall_iijjiiii=a.asm.dynCall_iijjiiii).apply(null,arguments)},JE=a.dynCall_jiji=function(){return(JE=a.dynCall_jiji=a.asm.dynCall_jiji).apply(null,arguments)};a.keepRuntimeAlive=Cn,a.wasmMemory=H,a.cwrap=gm,a.ExitStatus=Hr,a.PThread=Ie;var Tl;Kn=function _(){Tl||Sb(),Tl||(Kn=_)};function Sb(_){if(_=_||f,vr>0)return;if(w){c(a),ft(),startWorker(a);return}if(En(),vr>0)return;function E(){Tl||(Tl=!0,a.calledRun=!0,!ee&&(ft(),c(a),a.onRuntimeInitialized&&a.onRuntimeInitialized(),qn()))}a.setStatus?(a.setStatus("Running..."),setTimeout(function(){setTimeout(function(){a.setStatus("")},1),E()},1)):E()}if(a.preInit)for(typeof a.preInit=="function"&&(a.preInit=[a.preInit]);a.preInit.length>0;)a.preInit.pop()();Sb();var Nl;d&&(Nl={uncaughtException:process.listeners("uncaughtException").filter(function(_){return!d.uncaughtException.indexOf(_)>-1}),unhandledRejection:process.listeners("unhandledRejection").filter(function(_){return!d.unhandledRejection.indexOf(_)>-1})});var Rl;if(typeof WasmBackendModule<"u")Rl=WasmBackendModule;else if(typeof t<"u")Rl=t;else throw new Error("Could not find wasm module in post.js");if(Nl){var eF=Rl._dispose;Rl._dispose=function(){eF(),Nl.uncaughtException.forEach(function(_){process.removeListener("uncaughtException",_)}),Nl.unhandledRejection.forEach(function(_){process.removeListener("unhandledRejection",_)})}}return t.ready})})();typeof Ad=="object"&&typeof Jx=="object"?Jx.exports=Qx:typeof define=="function"&&define.amd?define([],function(){return Qx}):typeof Ad=="object"&&(Ad.WasmBackendModuleThreadedSimd=Qx)});var tE=pt((Eze,eE)=>{eE.exports.wasmWorkerContents=`"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"
");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};`});var nE=pt((Ed,tb)=>{var eb=(()=>{var n=typeof document<"u"&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<"u"&&(n=n||__filename),(function(t){t=t||{};var e=typeof t<"u"?t:{},o,r;e.ready=new Promise(function(M,Y){o=M,r=Y});var s;typeof process<"u"&&process.listeners&&(s={uncaughtException:process.listeners("uncaughtException"),unhandledRejection:process.listeners("unhandledRejection")});var i=Object.assign({},e),u=[],l="./this.program",a=(M,Y)=>{throw Y},c=typeof window=="object",p=typeof importScripts=="function",d=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string",m="";function f(M){return e.locateFile?e.locateFile(M,m):m+M}var h,g,x,y;function C(M){if(M instanceof aa)return;k("exiting due to exception: "+M)}if(d){var w=Yx(),S=Zx();p?m=S.dirname(m)+"/":m=__dirname+"/",h=(M,Y)=>(M=En(M)?new URL(M):S.normalize(M),w.readFileSync(M,Y?void 0:"utf8")),x=M=>{var Y=h(M,!0);return Y.buffer||(Y=new Uint8Array(Y)),Y},g=(M,Y,ge)=>{M=En(M)?new URL(M):S.normalize(M),w.readFile(M,function(Pe,et){Pe?ge(Pe):Y(et.buffer)})},process.argv.length>1&&(l=process.argv[1].replace(/\\/g,"/")),u=process.argv.slice(2),process.on("uncaughtException",function(M){if(!(M instanceof aa))throw M}),process.on("unhandledRejection",function(M){throw M}),a=(M,Y)=>{if(Oe())throw process.exitCode=M,Y;C(Y),process.exit(M)},e.inspect=function(){return"[Emscripten Module object]"}}else(c||p)&&(p?m=self.location.href:typeof document<"u"&&document.currentScript&&(m=document.currentScript.src),n&&(m=n),m.indexOf("blob:")!==0?m=m.substr(0,m.replace(/[?#].*/,"").lastIndexOf("/")+1):m="",h=M=>{var Y=new XMLHttpRequest;return Y.open("GET",M,!1),Y.send(null),Y.responseText},p&&(x=M=>{var Y=new XMLHttpRequest;return Y.open("GET",M,!1),Y.responseType="arraybuffer",Y.send(null),new Uint8Array(Y.response)}),g=(M,Y,ge)=>{var Pe=new XMLHttpRequest;Pe.open("GET",M,!0),Pe.responseType="arraybuffer",Pe.onload=()=>{if(Pe.status==200||Pe.status==0&&Pe.response){Y(Pe.response);return}ge()},Pe.onerror=ge,Pe.send(null)},y=M=>document.title=M);var v=e.print||console.log.bind(console),k=e.printErr||console.warn.bind(console);Object.assign(e,i),i=null,e.arguments&&(u=e.arguments),e.thisProgram&&(l=e.thisProgram),e.quit&&(a=e.quit);var T=4,R;e.wasmBinary&&(R=e.wasmBinary);var A=e.noExitRuntime||!0;typeof WebAssembly!="object"&&vt("no native wasm support detected");var F,D=!1,$;function O(M,Y){M||vt(Y)}var P=typeof TextDecoder<"u"?new TextDecoder("utf8"):void 0;function B(M,Y,ge){Y>>>=0;for(var Pe=Y+ge,et=Y;M[et]&&!(et>=Pe);)++et;if(et-Y>16&&M.buffer&&P)return P.decode(M.subarray(Y,et));for(var tt="";Y<et;){var De=M[Y++];if(!(De&128)){tt+=String.fromCharCode(De);continue}var Ae=M[Y++]&63;if((De&224)==192){tt+=String.fromCharCode((De&31)<<6|Ae);continue}var lt=M[Y++]&63;if((De&240)==224?De=(De&15)<<12|Ae<<6|lt:De=(De&7)<<18|Ae<<12|lt<<6|M[Y++]&63,De<65536)tt+=String.fromCharCode(De);else{var sn=De-65536;tt+=String.fromCharCode(55296|sn>>10,56320|sn&1023)}}return tt}function V(M,Y){return M>>>=0,M?B(X,M,Y):""}function L(M,Y,ge,Pe){if(ge>>>=0,!(Pe>0))return 0;for(var et=ge,tt=ge+Pe-1,De=0;De<M.length;++De){var Ae=M.charCodeAt(De);if(Ae>=55296&&Ae<=57343){var lt=M.charCodeAt(++De);Ae=65536+((Ae&1023)<<10)|lt&1023}if(Ae<=127){if(ge>=tt)break;Y[ge++>>>0]=Ae}else if(Ae<=2047){if(ge+1>=tt)break;Y[ge++>>>0]=192|Ae>>6,Y[ge++>>>0]=128|Ae&63}else if(Ae<=65535){if(ge+2>=tt)break;Y[ge++>>>0]=224|Ae>>12,Y[ge++>>>0]=128|Ae>>6&63,Y[ge++>>>0]=128|Ae&63}else{if(ge+3>=tt)break;Y[ge++>>>0]=240|Ae>>18,Y[ge++>>>0]=128|Ae>>12&63,Y[ge++>>>0]=128|Ae>>6&63,Y[ge++>>>0]=128|Ae&63}}return Y[ge>>>0]=0,ge-et}function U(M,Y,ge){return L(M,X,Y,ge)}var q,j,X,G,H,Z,ee,ae,fe;function de(M){q=M,e.HEAP8=j=new Int8Array(M),e.HEAP16=G=new Int16Array(M),e.HEAP32=Z=new Int32Array(M),e.HEAPU8=X=new Uint8Array(M),e.HEAPU16=H=new Uint16Array(M),e.HEAPU32=ee=new Uint32Array(M),e.HEAPF32=ae=new Float32Array(M),e.HEAPF64=fe=new Float64Array(M)}var ye=e.INITIAL_MEMORY||16777216,Ce,Me=[],We=[],Re=[],Ue=!1;function Oe(){return A}function ze(){if(e.preRun)for(typeof e.preRun=="function"&&(e.preRun=[e.preRun]);e.preRun.length;)st(e.preRun.shift());Kn(Me)}function Ge(){Ue=!0,Kn(We)}function zt(){if(e.postRun)for(typeof e.postRun=="function"&&(e.postRun=[e.postRun]);e.postRun.length;)bt(e.postRun.shift());Kn(Re)}function st(M){Me.unshift(M)}function nn(M){We.unshift(M)}function bt(M){Re.unshift(M)}var Je=0,yt=null,Ct=null;function rn(M){Je++,e.monitorRunDependencies&&e.monitorRunDependencies(Je)}function on(M){if(Je--,e.monitorRunDependencies&&e.monitorRunDependencies(Je),Je==0&&(yt!==null&&(clearInterval(yt),yt=null),Ct)){var Y=Ct;Ct=null,Y()}}function vt(M){e.onAbort&&e.onAbort(M),M="Aborted("+M+")",k(M),D=!0,$=1,M+=". Build with -sASSERTIONS for more info.";var Y=new WebAssembly.RuntimeError(M);throw r(Y),Y}var Hn="data:application/octet-stream;base64,";function Cn(M){return M.startsWith(Hn)}function En(M){return M.startsWith("file://")}var ft;ft="tfjs-backend-wasm.wasm",Cn(ft)||(ft=f(ft));function qn(M){try{if(M==ft&&R)return new Uint8Array(R);if(x)return x(M);throw"both async and sync fetching of the wasm failed"}catch(Y){vt(Y)}}function tu(){if(!R&&(c||p)){if(typeof fetch=="function"&&!En(ft))return fetch(ft,{credentials:"same-origin"}).then(function(M){if(!M.ok)throw"failed to load wasm binary file at '"+ft+"'";return M.arrayBuffer()}).catch(function(){return qn(ft)});if(g)return new Promise(function(M,Y){g(ft,function(ge){M(new Uint8Array(ge))},Y)})}return Promise.resolve().then(function(){return qn(ft)})}function nu(){var M={env:ru,wasi_snapshot_preview1:ru};function Y(De,Ae){var lt=De.exports;e.asm=lt,F=e.asm.memory,de(F.buffer),Ce=e.asm.__indirect_function_table,nn(e.asm.__wasm_call_ctors),on("wasm-instantiate")}rn("wasm-instantiate");function ge(De){Y(De.instance)}function Pe(De){return tu().then(function(Ae){return WebAssembly.instantiate(Ae,M)}).then(function(Ae){return Ae}).then(De,function(Ae){k("failed to asynchronously prepare wasm: "+Ae),vt(Ae)})}function et(){return!R&&typeof WebAssembly.instantiateStreaming=="function"&&!Cn(ft)&&!En(ft)&&!d&&typeof fetch=="function"?fetch(ft,{credentials:"same-origin"}).then(function(De){var Ae=WebAssembly.instantiateStreaming(De,M);return Ae.then(ge,function(lt){return k("wasm streaming compile failed: "+lt),k("falling back to ArrayBuffer instantiation"),Pe(ge)})}):Pe(ge)}if(e.instantiateWasm)try{var tt=e.instantiateWasm(M,Y);return tt}catch(De){k("Module.instantiateWasm callback failed with error: "+De),r(De)}return et().catch(r),{}}var fb,vr;function aa(M){this.name="ExitStatus",this.message="Program terminated with exit("+M+")",this.status=M}function Kn(M){for(;M.length>0;)M.shift()(e)}function Md(){vt("")}function rl(){return 4294901760}function Gr(){return rl()}function Pd(M,Y,ge){X.copyWithin(M>>>0,Y>>>0,Y+ge>>>0)}function ol(M){try{return F.grow(M-q.byteLength+65535>>>16),de(F.buffer),1}catch{}}function ia(M){var Y=X.length;M=M>>>0;var ge=rl();if(M>ge)return!1;let Pe=(lt,sn)=>lt+(sn-lt%sn)%sn;for(var et=1;et<=4;et*=2){var tt=Y*(1+.2/et);tt=Math.min(tt,M+100663296);var De=Math.min(ge,Pe(Math.max(M,tt),65536)),Ae=ol(De);if(Ae)return!0}return!1}var kt={varargs:void 0,get:function(){kt.varargs+=4;var M=Z[kt.varargs-4>>>2];return M},getStr:function(M){var Y=V(M);return Y}};function sl(M){return 52}function Od(M,Y,ge,Pe,et){return 70}var Bd=[null,[],[]];function hb(M,Y){var ge=Bd[M];Y===0||Y===10?((M===1?v:k)(B(ge,0)),ge.length=0):ge.push(Y)}function gb(M,Y,ge,Pe){for(var et=0,tt=0;tt<ge;tt++){var De=ee[Y>>>2],Ae=ee[Y+4>>>2];Y+=8;for(var lt=0;lt<Ae;lt++)hb(M,X[De+lt>>>0]);et+=Ae}return ee[Pe>>>2]=et,0}function al(M){var Y=e["_"+M];return Y}function Hr(M,Y){j.set(M,Y>>>0)}function Ld(M,Y,ge,Pe,et){var tt={string:Nt=>{var _r=0;if(Nt!=null&&Nt!==0){var Sl=(Nt.length<<2)+1;_r=uu(Sl),U(Nt,_r,Sl)}return _r},array:Nt=>{var _r=uu(Nt.length);return Hr(Nt,_r),_r}};function De(Nt){return Y==="string"?V(Nt):Y==="boolean"?!!Nt:Nt}var Ae=al(M),lt=[],sn=0;if(Pe)for(var jn=0;jn<Pe.length;jn++){var wl=tt[ge[jn]];wl?(sn===0&&(sn=yl()),lt[jn]=wl(Pe[jn])):lt[jn]=Pe[jn]}var lu=Ae.apply(null,lt);function lh(Nt){return sn!==0&&Cl(sn),De(Nt)}return lu=lh(lu),lu}function Vd(M,Y,ge,Pe){ge=ge||[];var et=ge.every(De=>De==="number"||De==="boolean"),tt=Y!=="string";return tt&&et&&!Pe?al(M):function(){return Ld(M,Y,ge,arguments,Pe)}}var ru={abort:Md,emscripten_get_heap_max:Gr,emscripten_memcpy_big:Pd,emscripten_resize_heap:ia,fd_close:sl,fd_seek:Od,fd_write:gb},Wd=nu(),il=e.___wasm_call_ctors=function(){return(il=e.___wasm_call_ctors=e.asm.__wasm_call_ctors).apply(null,arguments)},ul=e._init=function(){return(ul=e._init=e.asm.init).apply(null,arguments)},Ud=e._init_with_threads_count=function(){return(Ud=e._init_with_threads_count=e.asm.init_with_threads_count).apply(null,arguments)},ll=e._get_threads_count=function(){return(ll=e._get_threads_count=e.asm.get_threads_count).apply(null,arguments)},zd=e._register_tensor=function(){return(zd=e._register_tensor=e.asm.register_tensor).apply(null,arguments)},Ie=e._dispose_data=function(){return(Ie=e._dispose_data=e.asm.dispose_data).apply(null,arguments)},ou=e._dispose=function(){return(ou=e._dispose=e.asm.dispose).apply(null,arguments)},Gd=e._Abs=function(){return(Gd=e._Abs=e.asm.Abs).apply(null,arguments)},cl=e._Acos=function(){return(cl=e._Acos=e.asm.Acos).apply(null,arguments)},ua=e._Acosh=function(){return(ua=e._Acosh=e.asm.Acosh).apply(null,arguments)},Hd=e._Add=function(){return(Hd=e._Add=e.asm.Add).apply(null,arguments)},qd=e._AddN=function(){return(qd=e._AddN=e.asm.AddN).apply(null,arguments)},Kd=e._All=function(){return(Kd=e._All=e.asm.All).apply(null,arguments)},jd=e._Any=function(){return(jd=e._Any=e.asm.Any).apply(null,arguments)},Xd=e._ArgMax=function(){return(Xd=e._ArgMax=e.asm.ArgMax).apply(null,arguments)},pl=e._ArgMin=function(){return(pl=e._ArgMin=e.asm.ArgMin).apply(null,arguments)},dl=e._Asin=function(){return(dl=e._Asin=e.asm.Asin).apply(null,arguments)},Yd=e._Asinh=function(){return(Yd=e._Asinh=e.asm.Asinh).apply(null,arguments)},Zd=e._Atan=function(){return(Zd=e._Atan=e.asm.Atan).apply(null,arguments)},Qd=e._Atan2=function(){return(Qd=e._Atan2=e.asm.Atan2).apply(null,arguments)},su=e._Atanh=function(){return(su=e._Atanh=e.asm.Atanh).apply(null,arguments)},Jd=e._AvgPool=function(){return(Jd=e._AvgPool=e.asm.AvgPool).apply(null,arguments)},em=e._AvgPool3D=function(){return(em=e._AvgPool3D=e.asm.AvgPool3D).apply(null,arguments)},tm=e._AvgPool3DGrad=function(){return(tm=e._AvgPool3DGrad=e.asm.AvgPool3DGrad).apply(null,arguments)},qr=e._AvgPoolGrad=function(){return(qr=e._AvgPoolGrad=e.asm.AvgPoolGrad).apply(null,arguments)},nm=e._BatchMatMul=function(){return(nm=e._BatchMatMul=e.asm.BatchMatMul).apply(null,arguments)},rm=e._Bincount=function(){return(rm=e._Bincount=e.asm.Bincount).apply(null,arguments)},ml=e._BitwiseAnd=function(){return(ml=e._BitwiseAnd=e.asm.BitwiseAnd).apply(null,arguments)},om=e._Ceil=function(){return(om=e._Ceil=e.asm.Ceil).apply(null,arguments)},au=e._ClipByValue=function(){return(au=e._ClipByValue=e.asm.ClipByValue).apply(null,arguments)},sm=e._Conv2D=function(){return(sm=e._Conv2D=e.asm.Conv2D).apply(null,arguments)},am=e._Conv2DBackpropInput=function(){return(am=e._Conv2DBackpropInput=e.asm.Conv2DBackpropInput).apply(null,arguments)},im=e._Conv3D=function(){return(im=e._Conv3D=e.asm.Conv3D).apply(null,arguments)},kr=e._Conv3DBackpropFilterV2=function(){return(kr=e._Conv3DBackpropFilterV2=e.asm.Conv3DBackpropFilterV2).apply(null,arguments)},iu=e._Conv3DBackpropInputV2=function(){return(iu=e._Conv3DBackpropInputV2=e.asm.Conv3DBackpropInputV2).apply(null,arguments)},um=e._Cos=function(){return(um=e._Cos=e.asm.Cos).apply(null,arguments)},lm=e._Cosh=function(){return(lm=e._Cosh=e.asm.Cosh).apply(null,arguments)},cm=e._CropAndResize=function(){return(cm=e._CropAndResize=e.asm.CropAndResize).apply(null,arguments)},pm=e._Cumprod=function(){return(pm=e._Cumprod=e.asm.Cumprod).apply(null,arguments)},fl=e._Cumsum=function(){return(fl=e._Cumsum=e.asm.Cumsum).apply(null,arguments)},hl=e._DenseBincount=function(){return(hl=e._DenseBincount=e.asm.DenseBincount).apply(null,arguments)},dm=e._DepthToSpace=function(){return(dm=e._DepthToSpace=e.asm.DepthToSpace).apply(null,arguments)},mm=e._DepthwiseConv2dNative=function(){return(mm=e._DepthwiseConv2dNative=e.asm.DepthwiseConv2dNative).apply(null,arguments)},gl=e._Diag=function(){return(gl=e._Diag=e.asm.Diag).apply(null,arguments)},xl=e._Dilation2D=function(){return(xl=e._Dilation2D=e.asm.Dilation2D).apply(null,arguments)},fm=e._Dilation2DBackpropFilter=function(){return(fm=e._Dilation2DBackpropFilter=e.asm.Dilation2DBackpropFilter).apply(null,arguments)},hm=e._Dilation2DBackpropInput=function(){return(hm=e._Dilation2DBackpropInput=e.asm.Dilation2DBackpropInput).apply(null,arguments)},gm=e._Elu=function(){return(gm=e._Elu=e.asm.Elu).apply(null,arguments)},xm=e._EluGrad=function(){return(xm=e._EluGrad=e.asm.EluGrad).apply(null,arguments)},bl=e._Equal=function(){return(bl=e._Equal=e.asm.Equal).apply(null,arguments)},xb=e._Erf=function(){return(xb=e._Erf=e.asm.Erf).apply(null,arguments)},bm=e._Exp=function(){return(bm=e._Exp=e.asm.Exp).apply(null,arguments)},ym=e._Expm1=function(){return(ym=e._Expm1=e.asm.Expm1).apply(null,arguments)},Cm=e._FlipLeftRight=function(){return(Cm=e._FlipLeftRight=e.asm.FlipLeftRight).apply(null,arguments)},Im=e._Floor=function(){return(Im=e._Floor=e.asm.Floor).apply(null,arguments)},wm=e._FloorDiv=function(){return(wm=e._FloorDiv=e.asm.FloorDiv).apply(null,arguments)},Sm=e._FusedBatchNorm=function(){return(Sm=e._FusedBatchNorm=e.asm.FusedBatchNorm).apply(null,arguments)},vm=e._FusedConv2D=function(){return(vm=e._FusedConv2D=e.asm.FusedConv2D).apply(null,arguments)},km=e._FusedDepthwiseConv2D=function(){return(km=e._FusedDepthwiseConv2D=e.asm.FusedDepthwiseConv2D).apply(null,arguments)},_m=e._Gather=function(){return(_m=e._Gather=e.asm.Gather).apply(null,arguments)},Tm=e._GatherNd=function(){return(Tm=e._GatherNd=e.asm.GatherNd).apply(null,arguments)},Nm=e._Greater=function(){return(Nm=e._Greater=e.asm.Greater).apply(null,arguments)},Rm=e._GreaterEqual=function(){return(Rm=e._GreaterEqual=e.asm.GreaterEqual).apply(null,arguments)},Am=e._IsFinite=function(){return(Am=e._IsFinite=e.asm.IsFinite).apply(null,arguments)},Em=e._IsInf=function(){return(Em=e._IsInf=e.asm.IsInf).apply(null,arguments)},Fm=e._IsNan=function(){return(Fm=e._IsNan=e.asm.IsNan).apply(null,arguments)},Dm=e._LRN=function(){return(Dm=e._LRN=e.asm.LRN).apply(null,arguments)},$m=e._LRNGrad=function(){return($m=e._LRNGrad=e.asm.LRNGrad).apply(null,arguments)},Mm=e._LeakyRelu=function(){return(Mm=e._LeakyRelu=e.asm.LeakyRelu).apply(null,arguments)},Pm=e._Less=function(){return(Pm=e._Less=e.asm.Less).apply(null,arguments)},Om=e._LessEqual=function(){return(Om=e._LessEqual=e.asm.LessEqual).apply(null,arguments)},Bm=e._LinSpace=function(){return(Bm=e._LinSpace=e.asm.LinSpace).apply(null,arguments)},Lm=e._Log=function(){return(Lm=e._Log=e.asm.Log).apply(null,arguments)},Vm=e._Log1p=function(){return(Vm=e._Log1p=e.asm.Log1p).apply(null,arguments)},Wm=e._LogicalAnd=function(){return(Wm=e._LogicalAnd=e.asm.LogicalAnd).apply(null,arguments)},Um=e._LogicalNot=function(){return(Um=e._LogicalNot=e.asm.LogicalNot).apply(null,arguments)},zm=e._LogicalOr=function(){return(zm=e._LogicalOr=e.asm.LogicalOr).apply(null,arguments)},Gm=e._LogicalXor=function(){return(Gm=e._LogicalXor=e.asm.LogicalXor).apply(null,arguments)},Hm=e._Max=function(){return(Hm=e._Max=e.asm.Max).apply(null,arguments)},qm=e._MaxPool=function(){return(qm=e._MaxPool=e.asm.MaxPool).apply(null,arguments)},Km=e._MaxPool3D=function(){return(Km=e._MaxPool3D=e.asm.MaxPool3D).apply(null,arguments)},jm=e._MaxPool3DGrad=function(){return(jm=e._MaxPool3DGrad=e.asm.MaxPool3DGrad).apply(null,arguments)},Xm=e._MaxPoolGrad=function(){return(Xm=e._MaxPoolGrad=e.asm.MaxPoolGrad).apply(null,arguments)},Ym=e._MaxPoolWithArgmax=function(){return(Ym=e._MaxPoolWithArgmax=e.asm.MaxPoolWithArgmax).apply(null,arguments)},Zm=e._Maximum=function(){return(Zm=e._Maximum=e.asm.Maximum).apply(null,arguments)},Qm=e._Mean=function(){return(Qm=e._Mean=e.asm.Mean).apply(null,arguments)},Jm=e._Min=function(){return(Jm=e._Min=e.asm.Min).apply(null,arguments)},ef=e._Minimum=function(){return(ef=e._Minimum=e.asm.Minimum).apply(null,arguments)},tf=e._MirrorPad=function(){return(tf=e._MirrorPad=e.asm.MirrorPad).apply(null,arguments)},nf=e._Mod=function(){return(nf=e._Mod=e.asm.Mod).apply(null,arguments)},rf=e._Multinomial=function(){return(rf=e._Multinomial=e.asm.Multinomial).apply(null,arguments)},of=e._Multiply=function(){return(of=e._Multiply=e.asm.Multiply).apply(null,arguments)},sf=e._Neg=function(){return(sf=e._Neg=e.asm.Neg).apply(null,arguments)},af=e._NonMaxSuppressionV3=function(){return(af=e._NonMaxSuppressionV3=e.asm.NonMaxSuppressionV3).apply(null,arguments)},uf=e._NonMaxSuppressionV4=function(){return(uf=e._NonMaxSuppressionV4=e.asm.NonMaxSuppressionV4).apply(null,arguments)},lf=e._NonMaxSuppressionV5=function(){return(lf=e._NonMaxSuppressionV5=e.asm.NonMaxSuppressionV5).apply(null,arguments)},cf=e._NotEqual=function(){return(cf=e._NotEqual=e.asm.NotEqual).apply(null,arguments)},pf=e._OneHot=function(){return(pf=e._OneHot=e.asm.OneHot).apply(null,arguments)},df=e._PadV2=function(){return(df=e._PadV2=e.asm.PadV2).apply(null,arguments)},mf=e._Pow=function(){return(mf=e._Pow=e.asm.Pow).apply(null,arguments)},ff=e._Prelu=function(){return(ff=e._Prelu=e.asm.Prelu).apply(null,arguments)},hf=e._Prod=function(){return(hf=e._Prod=e.asm.Prod).apply(null,arguments)},gf=e._RealDiv=function(){return(gf=e._RealDiv=e.asm.RealDiv).apply(null,arguments)},xf=e._Reciprocal=function(){return(xf=e._Reciprocal=e.asm.Reciprocal).apply(null,arguments)},bf=e._Relu=function(){return(bf=e._Relu=e.asm.Relu).apply(null,arguments)},yf=e._Relu6=function(){return(yf=e._Relu6=e.asm.Relu6).apply(null,arguments)},Cf=e._ResizeBilinear=function(){return(Cf=e._ResizeBilinear=e.asm.ResizeBilinear).apply(null,arguments)},If=e._ResizeBilinearGrad=function(){return(If=e._ResizeBilinearGrad=e.asm.ResizeBilinearGrad).apply(null,arguments)},wf=e._ResizeNearestNeighbor=function(){return(wf=e._ResizeNearestNeighbor=e.asm.ResizeNearestNeighbor).apply(null,arguments)},Sf=e._ResizeNearestNeighborGrad=function(){return(Sf=e._ResizeNearestNeighborGrad=e.asm.ResizeNearestNeighborGrad).apply(null,arguments)},vf=e._Reverse=function(){return(vf=e._Reverse=e.asm.Reverse).apply(null,arguments)},kf=e._RotateWithOffset=function(){return(kf=e._RotateWithOffset=e.asm.RotateWithOffset).apply(null,arguments)},_f=e._Round=function(){return(_f=e._Round=e.asm.Round).apply(null,arguments)},Tf=e._Rsqrt=function(){return(Tf=e._Rsqrt=e.asm.Rsqrt).apply(null,arguments)},Nf=e._ScatterNd=function(){return(Nf=e._ScatterNd=e.asm.ScatterNd).apply(null,arguments)},Rf=e._SearchSorted=function(){return(Rf=e._SearchSorted=e.asm.SearchSorted).apply(null,arguments)},Af=e._SelectV2=function(){return(Af=e._SelectV2=e.asm.SelectV2).apply(null,arguments)},Ef=e._Selu=function(){return(Ef=e._Selu=e.asm.Selu).apply(null,arguments)},Ff=e._Sigmoid=function(){return(Ff=e._Sigmoid=e.asm.Sigmoid).apply(null,arguments)},Df=e._Sign=function(){return(Df=e._Sign=e.asm.Sign).apply(null,arguments)},$f=e._Sin=function(){return($f=e._Sin=e.asm.Sin).apply(null,arguments)},Mf=e._Sinh=function(){return(Mf=e._Sinh=e.asm.Sinh).apply(null,arguments)},Pf=e._Softmax=function(){return(Pf=e._Softmax=e.asm.Softmax).apply(null,arguments)},Of=e._Softplus=function(){return(Of=e._Softplus=e.asm.Softplus).apply(null,arguments)},Bf=e._SparseFillEmptyRows=function(){return(Bf=e._SparseFillEmptyRows=e.asm.SparseFillEmptyRows).apply(null,arguments)},Lf=e._SparseReshape=function(){return(Lf=e._SparseReshape=e.asm.SparseReshape).apply(null,arguments)},Vf=e._SparseSegmentReduction=function(){return(Vf=e._SparseSegmentReduction=e.asm.SparseSegmentReduction).apply(null,arguments)},Wf=e._SparseToDense=function(){return(Wf=e._SparseToDense=e.asm.SparseToDense).apply(null,arguments)},Uf=e._Sqrt=function(){return(Uf=e._Sqrt=e.asm.Sqrt).apply(null,arguments)},zf=e._Square=function(){return(zf=e._Square=e.asm.Square).apply(null,arguments)},Gf=e._SquaredDifference=function(){return(Gf=e._SquaredDifference=e.asm.SquaredDifference).apply(null,arguments)},Hf=e._Step=function(){return(Hf=e._Step=e.asm.Step).apply(null,arguments)},qf=e._StridedSlice=function(){return(qf=e._StridedSlice=e.asm.StridedSlice).apply(null,arguments)},Kf=e._Sub=function(){return(Kf=e._Sub=e.asm.Sub).apply(null,arguments)},jf=e._Sum=function(){return(jf=e._Sum=e.asm.Sum).apply(null,arguments)},Xf=e._Tan=function(){return(Xf=e._Tan=e.asm.Tan).apply(null,arguments)},Yf=e._Tanh=function(){return(Yf=e._Tanh=e.asm.Tanh).apply(null,arguments)},Zf=e._TensorScatterUpdate=function(){return(Zf=e._TensorScatterUpdate=e.asm.TensorScatterUpdate).apply(null,arguments)},Qf=e._Tile=function(){return(Qf=e._Tile=e.asm.Tile).apply(null,arguments)},Jf=e._TopK=function(){return(Jf=e._TopK=e.asm.TopK).apply(null,arguments)},eh=e._Transform=function(){return(eh=e._Transform=e.asm.Transform).apply(null,arguments)},th=e._Transpose=function(){return(th=e._Transpose=e.asm.Transpose).apply(null,arguments)},nh=e.__FusedMatMul=function(){return(nh=e.__FusedMatMul=e.asm._FusedMatMul).apply(null,arguments)},rh=e._malloc=function(){return(rh=e._malloc=e.asm.malloc).apply(null,arguments)},oh=e._free=function(){return(oh=e._free=e.asm.free).apply(null,arguments)},sh=e.___errno_location=function(){return(sh=e.___errno_location=e.asm.__errno_location).apply(null,arguments)},yl=e.stackSave=function(){return(yl=e.stackSave=e.asm.stackSave).apply(null,arguments)},Cl=e.stackRestore=function(){return(Cl=e.stackRestore=e.asm.stackRestore).apply(null,arguments)},uu=e.stackAlloc=function(){return(uu=e.stackAlloc=e.asm.stackAlloc).apply(null,arguments)},ah=e.dynCall_iijjiiii=function(){return(ah=e.dynCall_iijjiiii=e.asm.dynCall_iijjiiii).apply(null,arguments)},ih=e.dynCall_jiji=function(){return(ih=e.dynCall_jiji=e.asm.dynCall_jiji).apply(null,arguments)};e.cwrap=Vd;var la;Ct=function M(){la||Il(),la||(Ct=M)};function Il(M){if(M=M||u,Je>0||(ze(),Je>0))return;function Y(){la||(la=!0,e.calledRun=!0,!D&&(Ge(),o(e),e.onRuntimeInitialized&&e.onRuntimeInitialized(),zt()))}e.setStatus?(e.setStatus("Running..."),setTimeout(function(){setTimeout(function(){e.setStatus("")},1),Y()},1)):Y()}if(e.preInit)for(typeof e.preInit=="function"&&(e.preInit=[e.preInit]);e.preInit.length>0;)e.preInit.pop()();Il();var ca;s&&(ca={uncaughtException:process.listeners("uncaughtException").filter(function(M){return!s.uncaughtException.indexOf(M)>-1}),unhandledRejection:process.listeners("unhandledRejection").filter(function(M){return!s.unhandledRejection.indexOf(M)>-1})});var pa;if(typeof t<"u")pa=t;else if(typeof WasmBackendModuleThreadedSimd<"u")pa=WasmBackendModuleThreadedSimd;else throw new Error("Could not find wasm module in post.js");if(ca){var uh=pa._dispose;pa._dispose=function(){uh(),ca.uncaughtException.forEach(function(M){process.removeListener("uncaughtException",M)}),ca.unhandledRejection.forEach(function(M){process.removeListener("unhandledRejection",M)})}}return t.ready})})();typeof Ed=="object"&&typeof tb=="object"?tb.exports=eb:typeof define=="function"&&define.amd?define([],function(){return eb}):typeof Ed=="object"&&(Ed.WasmBackendModule=eb)});var Yn=class{constructor(t,e){this.backend=t,this.dataMover=e,this.data=new WeakMap,this.dataIdsCount=0}get(t){return this.data.has(t)||this.dataMover.moveData(this.backend,t),this.data.get(t)}set(t,e){this.dataIdsCount++,this.data.set(t,e)}has(t){return this.data.has(t)}delete(t){return this.dataIdsCount--,this.data.delete(t)}numDataIds(){return this.dataIdsCount}},In=class{refCount(t){return Ht("refCount")}incRef(t){return Ht("incRef")}timerAvailable(){return!0}time(t){return Ht("time")}read(t){return Ht("read")}readSync(t){return Ht("readSync")}readToGPU(t,e){return Ht("readToGPU")}numDataIds(){return Ht("numDataIds")}disposeData(t,e){return Ht("disposeData")}write(t,e,o){return Ht("write")}move(t,e,o,r,s){return Ht("move")}createTensorFromGPUData(t,e,o){return Ht("createTensorFromGPUData")}memory(){return Ht("memory")}floatPrecision(){return Ht("floatPrecision")}epsilon(){return this.floatPrecision()===32?1e-7:1e-4}dispose(){return Ht("dispose")}};function Ht(n){throw new Error(`'${n}' not yet implemented or not found in the registry. This kernel may not be supported by the tfjs backend you have chosen`)}function _b(n){let t=n.length,e=0;for(;t>0;)e=Math.random()*t|0,t--,Al(n,t,e)}function uF(n,t){if(n.length!==t.length)throw new Error(`Array sizes must match to be shuffled together First array length was ${n.length}Second array length was ${t.length}`);let e=n.length,o=0;for(;e>0;)o=Math.random()*e|0,e--,Al(n,e,o),Al(t,e,o)}function ma(n,t,e){return Math.max(n,Math.min(t,e))}function lF(n){return n%2===0?n:n+1}function Al(n,t,e){let o=n[t];n[t]=n[e],n[e]=o}function cF(n){let t=0;for(let e=0;e<n.length;e++)t+=n[e];return t}function pF(n,t){let e=Math.random();return t*e+(1-e)*n}function dF(n,t){let e=0;for(let o=0;o<n.length;o++){let r=Number(n[o])-Number(t[o]);e+=r*r}return e}function J(n,t){if(!n)throw new Error(typeof t=="string"?t:t())}function El(n,t,e=""){J(fa(n,t),()=>e+` Shapes ${n} and ${t} must match`)}function fh(n){J(n!=null,()=>"The input to the tensor constructor must be a non-null value.")}function Ye(n){if(n.length===0)return 1;let t=n[0];for(let e=1;e<n.length;e++)t*=n[e];return t}function mF(n){return n.length===0}function fF(n,t){if(n===t)return!0;if(n==null||t==null||n.length!==t.length)return!1;for(let e=0;e<n.length;e++)if(n[e]!==null&&t[e]!==null&&n[e]!==t[e])return!1;return!0}function fa(n,t){if(n===t)return!0;if(n==null||t==null||n.length!==t.length)return!1;for(let e=0;e<n.length;e++)if(n[e]!==t[e])return!1;return!0}function pu(n){return n%1===0}function hF(n){if(Math.tanh!=null)return Math.tanh(n);if(n===1/0)return 1;if(n===-1/0)return-1;{let t=Math.exp(2*n);return(t-1)/(t+1)}}function gF(n){let t=Math.ceil(Math.sqrt(n));return[t,Math.ceil(n/t)]}function xF(n){let t=new Uint32Array(n);for(let e=0;e<n;++e)t[e]=e;return _b(t),t}function jr(n,t){return t<=n.length?n:n+" ".repeat(t-n.length)}function bF(n,t=r=>0,e,o){return new Promise((r,s)=>{let i=0,u=()=>{if(n()){r();return}i++;let l=t(i);if(e!=null&&i>=e){s();return}o!=null?o(u,l):setTimeout(u,l)};u()})}function yF(n,t){let e=1,o=-1;for(let s=0;s<n.length;++s)if(n[s]>=0)e*=n[s];else if(n[s]===-1){if(o!==-1)throw Error(`Shapes can only have 1 implicit size. Found -1 at dim ${o} and dim ${s}`);o=s}else if(n[s]<0)throw Error(`Shapes can not be < 0. Found ${n[s]} at dim ${s}`);if(o===-1){if(t>0&&t!==e)throw Error(`Size(${t}) must match the product of shape ${n}`);return n}if(e===0)throw Error(`Cannot infer the missing size in [${n}] when there are 0 elements`);if(t%e!==0)throw Error(`The implicit shape can't be a fractional number. Got ${t} / ${e}`);let r=n.slice();return r[o]=t/e,r}function Tb(n,t){let e=t.length;return n=n==null?t.map((o,r)=>r):[].concat(n),J(n.every(o=>o>=-e&&o<e),()=>`All values in axis param must be in range [-${e}, ${e}) but got axis ${n}`),J(n.every(o=>pu(o)),()=>`All values in axis param must be integers but got axis ${n}`),n.map(o=>o<0?e+o:o)}function CF(n,t){let e=[],o=[],r=t!=null&&Array.isArray(t)&&t.length===0,s=t==null||r?null:Tb(t,n).sort(),i=0;for(let u=0;u<n.length;++u){if(s!=null){if(s[i]===u&&n[u]!==1)throw new Error(`Can't squeeze axis ${u} since its dim '${n[u]}' is not 1`);(s[i]==null||s[i]>u)&&n[u]===1&&(e.push(n[u]),o.push(u)),s[i]<=u&&i++}n[u]!==1&&(e.push(n[u]),o.push(u))}return{newShape:e,keptDims:o}}function IF(n,t){return Fl(n,t)}function Fl(n,t){let e=null;if(n==null||n==="float32")e=new Float32Array(t);else if(n==="int32")e=new Int32Array(t);else if(n==="bool")e=new Uint8Array(t);else if(n==="string")e=new Array(t);else throw new Error(`Unknown data type ${n}`);return e}function hh(n,t){for(let e=0;e<n.length;e++){let o=n[e];if(isNaN(o)||!isFinite(o))throw Error(`A tensor of type ${t} being uploaded contains ${o}.`)}}function gh(n){return n==="bool"||n==="complex64"||n==="float32"||n==="int32"||n==="string"}function wF(n,t){return!(t==="complex64"||t==="float32"&&n!=="complex64"||t==="int32"&&n!=="float32"&&n!=="complex64"||t==="bool"&&n==="bool")}function ha(n){if(n==="float32"||n==="int32")return 4;if(n==="complex64")return 8;if(n==="bool")return 1;throw new Error(`Unknown dtype ${n}`)}function xh(n){if(n==null)return 0;let t=0;return n.forEach(e=>t+=e.length),t}function ga(n){return typeof n=="string"||n instanceof String}function Nb(n){return typeof n=="boolean"}function Rb(n){return typeof n=="number"}function Tr(n){return Array.isArray(n)?Tr(n[0]):n instanceof Float32Array?"float32":n instanceof Int32Array||n instanceof Uint8Array||n instanceof Uint8ClampedArray?"int32":Rb(n)?"float32":ga(n)?"string":Nb(n)?"bool":"float32"}function xa(n){return!!(n&&n.constructor&&n.call&&n.apply)}function ba(n,t){for(let e=t;e<n;++e)if(n%e===0)return e;return n}function Dn(n){let t=n.length;if(t<2)return[];let e=new Array(t-1);e[t-2]=n[t-1];for(let o=t-3;o>=0;--o)e[o]=e[o+1]*n[o+1];return e}function Ab(n,t,e,o=!1){let r=new Array;if(t.length===1){let s=t[0]*(o?2:1);for(let i=0;i<s;i++)r[i]=e[n+i]}else{let s=t[0],i=t.slice(1),u=i.reduce((l,a)=>l*a)*(o?2:1);for(let l=0;l<s;l++)r[l]=Ab(n+l*u,i,e,o)}return r}function Kr(n,t,e=!1){if(n.length===0)return t[0];let o=n.reduce((r,s)=>r*s)*(e?2:1);if(o===0)return[];if(o!==t.length)throw new Error(`[${n}] does not match the input size ${t.length}${e?" for a complex tensor":""}.`);return Ab(0,n,t,e)}function SF(n,t){if(Array.isArray(n))return n;if(t==="float32")return n instanceof Float32Array?n:new Float32Array(n);if(t==="int32")return n instanceof Int32Array?n:new Int32Array(n);if(t==="bool"||t==="string")return Uint8Array.from(new Int32Array(n));throw new Error(`Unknown dtype ${t}`)}function du(n,t){let e=ya(n,t);for(let o=0;o<e.length;o++)e[o]=1;return e}function ya(n,t){if(t==null||t==="float32"||t==="complex64")return new Float32Array(n);if(t==="int32")return new Int32Array(n);if(t==="bool")return new Uint8Array(n);throw new Error(`Unknown data type ${t}`)}function vF(n,t){let e=n.reduce((o,r)=>o*r,1);if(t==null||t==="float32")return Kr(n,new Float32Array(e));if(t==="int32")return Kr(n,new Int32Array(e));if(t==="bool")return Kr(n,new Uint8Array(e));throw new Error(`Unknown data type ${t}`)}function un(n){n.forEach(t=>{J(Number.isInteger(t)&&t>=0,()=>`Tensor must have a shape comprised of positive integers but got shape [${n}].`)})}function kF(n,t,e){if(t===0)return 0;if(t===1)return n[0];let o=n[n.length-1];for(let r=0;r<n.length-1;++r)o+=e[r]*n[r];return o}function _F(n,t,e){if(t===0)return[];if(t===1)return[n];let o=new Array(t);for(let r=0;r<o.length-1;++r)o[r]=Math.floor(n/e[r]),n-=o[r]*e[r];return o[o.length-1]=n,o}function Xr(n){return n&&n.then&&typeof n.then=="function"}var Eb="tfjsflags",mu=class{constructor(t){this.global=t,this.flags={},this.flagRegistry={},this.urlFlags={},this.getQueryParams=NF,this.populateURLFlags()}setPlatform(t,e){this.platform!=null&&(N().getBool("IS_TEST")||N().getBool("PROD")||console.warn(`Platform ${this.platformName} has already been set. Overwriting the platform with ${t}.`)),this.platformName=t,this.platform=e}registerFlag(t,e,o){if(this.flagRegistry[t]={evaluationFn:e,setHook:o},this.urlFlags[t]!=null){let r=this.urlFlags[t];N().getBool("IS_TEST")||N().getBool("PROD")||console.warn(`Setting feature override from URL ${t}: ${r}.`),this.set(t,r)}}async getAsync(t){return t in this.flags?this.flags[t]:(this.flags[t]=await this.evaluateFlag(t),this.flags[t])}get(t){if(t in this.flags)return this.flags[t];let e=this.evaluateFlag(t);if(Xr(e))throw new Error(`Flag ${t} cannot be synchronously evaluated. Please use getAsync() instead.`);return this.flags[t]=e,this.flags[t]}getNumber(t){return this.get(t)}getBool(t){return this.get(t)}getString(t){return this.get(t)}getFlags(){return this.flags}get features(){return this.flags}set(t,e){if(this.flagRegistry[t]==null)throw new Error(`Cannot set flag ${t} as it has not been registered.`);this.flags[t]=e,this.flagRegistry[t].setHook!=null&&this.flagRegistry[t].setHook(e)}evaluateFlag(t){if(this.flagRegistry[t]==null)throw new Error(`Cannot evaluate flag '${t}': no evaluation function found.`);return this.flagRegistry[t].evaluationFn()}setFlags(t){this.flags=Object.assign({},t)}reset(){this.flags={},this.urlFlags={},this.populateURLFlags()}populateURLFlags(){if(typeof this.global>"u"||typeof this.global.location>"u"||typeof this.global.location.search>"u")return;let t=this.getQueryParams(this.global.location.search);Eb in t&&t[Eb].split(",").forEach(o=>{let[r,s]=o.split(":");this.urlFlags[r]=AF(r,s)})}};function NF(n){let t={};return n.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g,(e,...o)=>(RF(t,o[0],o[1]),o.join("="))),t}function RF(n,t,e){n[decodeURIComponent(t)]=decodeURIComponent(e||"")}function AF(n,t){let e=t.toLowerCase();return e==="true"||e==="false"?e==="true":`${+e}`===e?+e:t}function N(){return bh}var bh=null;function Fb(n){bh=n}var yh;function Ch(){if(yh==null){let n;if(typeof window<"u")n=window;else if(typeof global<"u")n=global;else if(typeof process<"u")n=process;else if(typeof self<"u")n=self;else throw new Error("Could not find a global object");yh=n}return yh}function EF(){let n=Ch();return n._tfGlobals==null&&(n._tfGlobals=new Map),n._tfGlobals}function fu(n,t){let e=EF();if(e.has(n))return e.get(n);{let o=t();return e.set(n,o),e.get(n)}}var Yr="Acos",Zr="Acosh";var Qr="AddN";var Ca="ArgMax",Ia="ArgMin",Jr="Asin",eo="Asinh",to="Atan",no="Atanh",ro="Atan2",oo="AvgPool",wa="AvgPoolGrad",Sa="AvgPool3D",va="AvgPool3DGrad",Zn="BatchMatMul",ka="BatchToSpaceND",so="Bincount",ao="BitwiseAnd";var _a="BroadcastArgs",$n="Cast",io="Ceil",Nr="ClipByValue",Ta="Complex",Na="ComplexAbs",Ra="Concat",Qn="Conv2D",Dl="Conv2DBackpropFilter",uo="Conv2DBackpropInput",lo="Conv3D",co="Conv3DBackpropFilterV2",po="Conv3DBackpropInputV2";var mo="Cosh",fo="Cumprod",ho="Cumsum",go="CropAndResize",Aa="DenseBincount",xo="DepthToSpace",bo="DepthwiseConv2dNative",$l="DepthwiseConv2dNativeBackpropFilter",Ml="DepthwiseConv2dNativeBackpropInput",Ea="Diag",yo="Dilation2D",Fa="Dilation2DBackpropInput",Da="Dilation2DBackpropFilter",Db="Draw",Jn="RealDiv",Pl="Einsum";var Co="EluGrad";var Io="Equal";var $a="ExpandDims",wo="Expm1";var Rr="Fill",So="FlipLeftRight",vo="Floor",er="FloorDiv",ko="FusedBatchNorm",Ma="GatherV2",_o="GatherNd",To="Greater",No="GreaterEqual",Mn="Identity",Ol="IFFT",Bl="Imag",Ro="IsFinite",Ao="IsInf",Eo="IsNan",tr="LeakyRelu",Fo="Less",Do="LessEqual",$o="LinSpace";var Mo="Log1p",Po="LogicalAnd",Oo="LogicalNot",Bo="LogicalOr",$b="LogicalXor";var Lo="LRNGrad";var nr="Maximum",rr="MaxPool",Pa="MaxPoolGrad",Oa="MaxPool3D",Ba="MaxPool3DGrad",La="MaxPoolWithArgmax",Vo="Mean";var Wo="Minimum",Uo="MirrorPad";var zo="Multinomial",or="Multiply";var Go="NotEqual",Ho="NonMaxSuppressionV3",qo="NonMaxSuppressionV4",Ko="NonMaxSuppressionV5",Va="OnesLike",jo="OneHot",Wa="Pack",Xo="PadV2";var sr="Prelu",Yo="Prod",Ll="RaggedGather",Vl="RaggedRange",Wl="RaggedTensorToTensor",Ua="Range",Ul="Real",Zo="Reciprocal",ar="Relu",Ar="Reshape",Qo="ResizeNearestNeighbor",Jo="ResizeNearestNeighborGrad",es="ResizeBilinear",ts="ResizeBilinearGrad",ir="Relu6",ns="Reverse",rs="Round",os="Rsqrt",ss="ScatterNd",as="TensorScatterUpdate",is="SearchSorted",za="Select",us="Selu",Ga="Slice";var ls="Sinh",cs="Sign",ur="Sigmoid",ps="Softplus",lr="Sqrt";var Ha="SpaceToBatchND",qa="SplitV",cr="Softmax",Ka="SparseFillEmptyRows",ds="SparseReshape",ja="SparseSegmentMean",Xa="SparseSegmentSum",ms="SparseToDense",fs="SquaredDifference",Ya="Square",hu="StaticRegexReplace",hs="StridedSlice",Za="StringNGrams",Qa="StringSplit",Ja="StringToHashBucketFast";var gs="Tanh",pr="Tile",xs="TopK",bs="Transform",ys="Transpose",ei="Unique",ti="Unpack",zl="UnsortedSegmentSum";var Er="ZerosLike",Pn="Step",Mb="FromPixels",Cs="RotateWithOffset",Is="_FusedMatMul",ws="FusedConv2D",Ss="FusedDepthwiseConv2D";function dr(...n){N().getBool("IS_TEST")||N().getBool("PROD")||console.warn(...n)}function FF(...n){N().getBool("IS_TEST")||N().getBool("PROD")||console.log(...n)}var Gl=fu("kernelRegistry",()=>new Map),DF=fu("gradRegistry",()=>new Map);function Ih(n,t){let e=Ob(n,t);return Gl.get(e)}function wh(n){return DF.get(n)}function Sh(n){let t=Gl.entries(),e=[];for(;;){let{done:o,value:r}=t.next();if(o)break;let[s,i]=r,[u]=s.split("_");u===n&&e.push(i)}return e}function ni(n){let{kernelName:t,backendName:e}=n,o=Ob(t,e);Gl.has(o)&&dr(`The kernel '${t}' for backend '${e}' is already registered`),Gl.set(o,n)}function Ob(n,t){return`${t}_${n}`}var b={};Fn(b,{arraysEqual:()=>fa,arraysEqualWithNull:()=>fF,assert:()=>J,assertNonNegativeIntegerDimensions:()=>un,assertNonNull:()=>fh,assertShapesMatch:()=>El,bytesFromStringArray:()=>xh,bytesPerElement:()=>ha,checkConversionForErrors:()=>hh,clamp:()=>ma,computeStrides:()=>Dn,convertBackendValuesAndArrayBuffer:()=>SF,createScalarValue:()=>VF,createShuffledIndices:()=>xF,decodeString:()=>ii,distSquared:()=>dF,encodeString:()=>ai,fetch:()=>UF,fingerPrint64:()=>LF,flatten:()=>Dr,getArrayFromDType:()=>Fl,getTypedArrayFromDType:()=>IF,hasEncodingLoss:()=>wF,hexToLong:()=>gu,indexToLoc:()=>_F,inferDtype:()=>Tr,inferFromImplicitShape:()=>yF,isBoolean:()=>Nb,isFunction:()=>xa,isInt:()=>pu,isNumber:()=>Rb,isPromise:()=>Xr,isScalarShape:()=>mF,isString:()=>ga,isTypedArray:()=>_t,isValidDtype:()=>gh,locToIndex:()=>kF,makeOnesTypedArray:()=>du,makeZerosNestedTypedArray:()=>vF,makeZerosTypedArray:()=>ya,nearestDivisor:()=>ba,nearestLargerEven:()=>lF,now:()=>Ns,parseAxisParam:()=>Tb,randUniform:()=>pF,repeatedTry:()=>bF,rightPad:()=>jr,shuffle:()=>_b,shuffleCombo:()=>uF,sizeFromShape:()=>Ye,sizeToSquarishShape:()=>gF,squeezeShape:()=>CF,sum:()=>cF,swap:()=>Al,tanh:()=>hF,toNestedArray:()=>Kr,toTypedArray:()=>si});function Hl(n){return n instanceof Float32Array||n instanceof Int32Array||n instanceof Uint8Array||n instanceof Uint8ClampedArray}var Th=cu(jb());var Ts=Th.default||Th;function gu(n){return Ts.fromString(n,!0,16)}var Yb=gu("c3a5c85c97cb3127"),_s=gu("b492b66fbe98f273"),Rt=gu("9ae16a3b2f90404f");function _h(n){return n.xor(n.shru(47))}function Zb(n,t,e){let o=n.slice(t,t+e);return Ts.fromBytes(Array.from(o),!0,!0)}function qe(n,t){return Zb(n,t,8)}function Xb(n,t){return Zb(n,t,4)}function ht(n,t){return t===0?n:n.shru(t).or(n.shl(64-t))}function Fr(n,t,e=gu("9ddfea08eb382d69")){let o=n.xor(t).mul(e);o=o.xor(o.shru(47));let r=t.xor(o).mul(e);return r=r.xor(r.shru(47)),r=r.mul(e),r}function MF(n,t,e,o,r,s){r=r.add(n),s=ht(s.add(r).add(o),21);let i=r;return r=r.add(t),r=r.add(e),s=s.add(ht(r,44)),[r.add(o),s.add(i)]}function Kl(n,t,e,o){return MF(qe(n,t),qe(n,t+8),qe(n,t+16),qe(n,t+24),e,o)}function PF(n,t=n.length){if(t>=8){let e=Rt.add(t*2),o=qe(n,0).add(Rt),r=qe(n,t-8),s=ht(r,37).mul(e).add(o),i=ht(o,25).add(r).mul(e);return Fr(s,i,e)}if(t>=4){let e=Rt.add(t*2),o=Xb(n,0);return Fr(o.shl(3).add(t),Xb(n,t-4),e)}if(t>0){let e=n[0],o=n[t>>1],r=n[t-1],s=e+(o<<8),i=t+(r<<2);return _h(Rt.mul(s).xor(Yb.mul(i))).mul(Rt)}return Rt}function OF(n,t=n.length){let e=Rt.add(t*2),o=qe(n,0).mul(_s),r=qe(n,8),s=qe(n,t-8).mul(e),i=qe(n,t-16).mul(Rt);return Fr(ht(o.add(r),43).add(ht(s,30)).add(i),o.add(ht(r.add(Rt),18)).add(s),e)}function BF(n,t=n.length){let e=Rt.add(t*2),o=qe(n,0).mul(Rt),r=qe(n,8),s=qe(n,t-8).mul(e),i=qe(n,t-16).mul(Rt),u=ht(o.add(r),43).add(ht(s,30)).add(i),l=Fr(u,o.add(ht(r.add(Rt),18)).add(s),e),a=qe(n,16).mul(e),c=qe(n,24),p=u.add(qe(n,t-32)).mul(e),d=l.add(qe(n,t-24)).mul(e);return Fr(ht(a.add(c),43).add(ht(p,30)).add(d),a.add(ht(c.add(o),18)).add(p),e)}function LF(n,t=n.length){let e=Ts.fromNumber(81,!0);if(t<=32)return t<=16?PF(n,t):OF(n,t);if(t<=64)return BF(n,t);let o=e,r=e.mul(_s).add(113),s=_h(r.mul(Rt).add(113)).mul(Rt),i=[Ts.UZERO,Ts.UZERO],u=[Ts.UZERO,Ts.UZERO];o=o.mul(Rt).add(qe(n,0));let l=0,a=(t-1>>6)*64,c=a+(t-1&63)-63;do o=ht(o.add(r).add(i[0]).add(qe(n,l+8)),37).mul(_s),r=ht(r.add(i[1]).add(qe(n,l+48)),42).mul(_s),o=o.xor(u[1]),r=r.add(i[0]).add(qe(n,l+40)),s=ht(s.add(u[0]),33).mul(_s),i=Kl(n,l,i[1].mul(_s),o.add(u[0])),u=Kl(n,l+32,s.add(u[1]),r.add(qe(n,l+16))),[s,o]=[o,s],l+=64;while(l!==a);let p=_s.add(s.and(255).shl(1));return l=c,u[0]=u[0].add(t-1&63),i[0]=i[0].add(u[0]),u[0]=u[0].add(i[0]),o=ht(o.add(r).add(i[0]).add(qe(n,l+8)),37).mul(p),r=ht(r.add(i[1]).add(qe(n,l+48)),42).mul(p),o=o.xor(u[1].mul(9)),r=r.add(i[0].mul(9).add(qe(n,l+40))),s=ht(s.add(u[0]),33).mul(p),i=Kl(n,l,i[1].mul(p),o.add(u[0])),u=Kl(n,l+32,s.add(u[1]),r.add(qe(n,l+16))),[s,o]=[o,s],Fr(Fr(i[0],u[0],p).add(_h(r).mul(Yb)).add(s),Fr(i[1],u[1],p).add(o),p)}function VF(n,t){return t==="string"?ai(n):si([n],t)}function WF(n,t){return n instanceof Float32Array&&t==="float32"||n instanceof Int32Array&&t==="int32"||n instanceof Uint8Array&&t==="bool"}function si(n,t){if(t==="string")throw new Error("Cannot convert a string[] to a TypedArray");if(Array.isArray(n)&&(n=Dr(n)),N().getBool("DEBUG")&&hh(n,t),WF(n,t))return n;if(t==null||t==="float32"||t==="complex64")return new Float32Array(n);if(t==="int32")return new Int32Array(n);if(t==="bool"){let e=new Uint8Array(n.length);for(let o=0;o<e.length;++o)Math.round(n[o])!==0&&(e[o]=1);return e}else throw new Error(`Unknown data type ${t}`)}function Ns(){return N().platform.now()}function UF(n,t){return N().platform.fetch(n,t)}function ai(n,t="utf-8"){return t=t||"utf-8",N().platform.encode(n,t)}function ii(n,t="utf-8"){return t=t||"utf-8",N().platform.decode(n,t)}function _t(n){return N().platform.isTypedArray!=null?N().platform.isTypedArray(n):Hl(n)}function Dr(n,t=[],e=!1){if(t==null&&(t=[]),typeof n=="boolean"||typeof n=="number"||typeof n=="string"||Xr(n)||n==null||_t(n)&&e)t.push(n);else if(Array.isArray(n)||_t(n))for(let o=0;o<n.length;++o)Dr(n[o],t,e);else{let o=-1;for(let r of Object.keys(n))/^([1-9]+[0-9]*|0)$/.test(r)&&(o=Math.max(o,Number(r)));for(let r=0;r<=o;r++)Dr(n[r],t,e)}return t}var jl=class{constructor(t,e){this.backendTimer=t,this.logger=e,e==null&&(this.logger=new Nh)}profileKernel(t,e,o){let r,s=()=>{r=o()},i,u=Ns();if(this.backendTimer.timerAvailable())i=this.backendTimer.time(s);else{s();for(let a of r)a.dataSync();i=Promise.resolve({kernelMs:Ns()-u})}if(N().getBool("CHECK_COMPUTATION_FOR_ERRORS"))for(let a=0;a<r.length;a++){let c=r[a];c.data().then(p=>{zF(p,c.dtype,t)})}return{kernelName:t,outputs:r,inputs:e,timeMs:i.then(a=>a.kernelMs),extraInfo:i.then(a=>a.getExtraProfileInfo!=null?a.getExtraProfileInfo():"")}}logKernelProfile(t){let{kernelName:e,outputs:o,timeMs:r,inputs:s,extraInfo:i}=t;o.forEach(u=>{Promise.all([u.data(),r,i]).then(l=>{this.logger.logKernelProfile(e,u,l[0],l[1],s,l[2])})})}};function zF(n,t,e){if(t!=="float32")return!1;for(let o=0;o<n.length;o++){let r=n[o];if(isNaN(r)||!isFinite(r))return console.warn(`Found ${r} in the result of '${e}'`),!0}return!1}var Nh=class{logKernelProfile(t,e,o,r,s,i){let u=typeof r=="number"?jr(`${r}ms`,9):r.error,l=jr(t,25),a=e.rank,c=e.size,p=jr(e.shape.toString(),14),d="";for(let m in s){let f=s[m];if(f!=null){let h=f.shape||e.shape,g=h.length;d+=`${m}: ${g}D ${g>0?h:""} `}}console.log(`%c${l}	%c${u}	%c${a}D ${p}	%c${c}	%c${d}	%c${i}`,"font-weight:bold","color:red","color:blue","color: orange","color: green","color: steelblue")}};function Qb(n,t,e){let o={},r={};for(let l=0;l<t.length;l++)o[t[l].id]=!0;for(let l=0;l<n.length;l++){let a=n[l],c=a.inputs;for(let p in c){let d=c[p],m=!1;for(let f=0;f<t.length;f++)if(o[d.id]){a.outputs.forEach(h=>o[h.id]=!0),m=!0,r[a.id]=!0;break}if(m)break}}let s={};s[e.id]=!0;let i={};for(let l=n.length-1;l>=0;l--){let a=n[l],c=a.inputs;for(let p=0;p<a.outputs.length;p++)if(s[a.outputs[p].id]){for(let d in c)s[c[d].id]=!0,i[a.id]=!0;break}}let u=[];for(let l=0;l<n.length;l++){let a=n[l];if(r[a.id]&&i[a.id]){let c={};for(let d in a.inputs){let m=a.inputs[d];o[m.id]&&(c[d]=m)}let p=Object.assign({},a);p.inputs=c,p.outputs=a.outputs,u.push(p)}}return u}function Jb(n,t,e,o){for(let r=t.length-1;r>=0;r--){let s=t[r],i=[];if(s.outputs.forEach(l=>{let a=n[l.id];a!=null?i.push(a):i.push(null)}),s.gradient==null)throw new Error(`Cannot compute gradient: gradient function not found for ${s.kernelName}.`);let u=s.gradient(i);for(let l in s.inputs){if(!(l in u))throw new Error(`Cannot backprop through input ${l}. Available gradients found: ${Object.keys(u)}.`);let a=e(()=>u[l]());if(a.dtype!=="float32")throw new Error(`Error in gradient for op ${s.kernelName}. The gradient of input ${l} must have 'float32' dtype, but has '${a.dtype}'`);let c=s.inputs[l];if(!fa(a.shape,c.shape))throw new Error(`Error in gradient for op ${s.kernelName}. The gradient of input '${l}' has shape '${a.shape}', which does not match the shape of the input '${c.shape}'`);if(n[c.id]==null)n[c.id]=a;else{let p=n[c.id];n[c.id]=o(p,a),p.dispose()}}}}var ey=20,xu=3,Rh=7;function ty(n,t,e,o){let r=Dn(t),s=GF(n,t,e,r),i=t.length,u=Xl(n,t,e,r,s),l=["Tensor"];return o&&(l.push(`  dtype: ${e}`),l.push(`  rank: ${i}`),l.push(`  shape: [${t}]`),l.push("  values:")),l.push(u.map(a=>"    "+a).join(`
`)),l.join(`
`)}function GF(n,t,e,o){let r=Ye(t),s=o[o.length-1],i=new Array(s).fill(0),u=t.length,l=e==="complex64"?yu(n):n;if(u>1)for(let a=0;a<r/s;a++){let c=a*s;for(let p=0;p<s;p++)i[p]=Math.max(i[p],bu(l[c+p],0,e).length)}return i}function bu(n,t,e){let o;return Array.isArray(n)?o=`${parseFloat(n[0].toFixed(Rh))} + ${parseFloat(n[1].toFixed(Rh))}j`:ga(n)?o=`'${n}'`:e==="bool"?o=ny(n):o=parseFloat(n.toFixed(Rh)).toString(),jr(o,t)}function ny(n){return n===0?"false":"true"}function Xl(n,t,e,o,r,s=!0){let i=e==="complex64"?2:1,u=t[0],l=t.length;if(l===0){if(e==="complex64"){let h=yu(n);return[bu(h[0],0,e)]}return e==="bool"?[ny(n[0])]:[n[0].toString()]}if(l===1){if(u>ey){let g=xu*i,x=Array.from(n.slice(0,g)),y=Array.from(n.slice((u-xu)*i,u*i));return e==="complex64"&&(x=yu(x),y=yu(y)),["["+x.map((C,w)=>bu(C,r[w],e)).join(", ")+", ..., "+y.map((C,w)=>bu(C,r[u-xu+w],e)).join(", ")+"]"]}return["["+(e==="complex64"?yu(n):Array.from(n)).map((g,x)=>bu(g,r[x],e)).join(", ")+"]"]}let a=t.slice(1),c=o.slice(1),p=o[0]*i,d=[];if(u>ey){for(let h=0;h<xu;h++){let g=h*p,x=g+p;d.push(...Xl(n.slice(g,x),a,e,c,r,!1))}d.push("...");for(let h=u-xu;h<u;h++){let g=h*p,x=g+p;d.push(...Xl(n.slice(g,x),a,e,c,r,h===u-1))}}else for(let h=0;h<u;h++){let g=h*p,x=g+p;d.push(...Xl(n.slice(g,x),a,e,c,r,h===u-1))}let m=l===2?",":"";d[0]="["+(u>0?d[0]+m:"");for(let h=1;h<d.length-1;h++)d[h]=" "+d[h]+m;let f=`,
`;for(let h=2;h<l;h++)f+=`
`;return d[d.length-1]=" "+d[d.length-1]+"]"+(s?"":f),d}function yu(n){let t=[];for(let e=0;e<n.length;e+=2)t.push([n[e],n[e+1]]);return t}var Be=class{constructor(t,e,o){if(this.dtype=e,this.shape=t.slice(),this.size=Ye(t),o!=null){let r=o.length;J(r===this.size,()=>`Length of values '${r}' does not match the size inferred by the shape '${this.size}'.`)}if(e==="complex64")throw new Error("complex64 dtype TensorBuffers are not supported. Please create a TensorBuffer for the real and imaginary parts separately and call tf.complex(real, imag).");this.values=o||Fl(e,this.size),this.strides=Dn(t)}set(t,...e){e.length===0&&(e=[0]),J(e.length===this.rank,()=>`The number of provided coordinates (${e.length}) must match the rank (${this.rank})`);let o=this.locToIndex(e);this.values[o]=t}get(...t){t.length===0&&(t=[0]);let e=0;for(let r of t){if(r<0||r>=this.shape[e]){let s=`Requested out of range element at ${t}.   Buffer shape=${this.shape}`;throw new Error(s)}e++}let o=t[t.length-1];for(let r=0;r<t.length-1;++r)o+=this.strides[r]*t[r];return this.values[o]}locToIndex(t){if(this.rank===0)return 0;if(this.rank===1)return t[0];let e=t[t.length-1];for(let o=0;o<t.length-1;++o)e+=this.strides[o]*t[o];return e}indexToLoc(t){if(this.rank===0)return[];if(this.rank===1)return[t];let e=new Array(this.shape.length);for(let o=0;o<e.length-1;++o)e[o]=Math.floor(t/this.strides[o]),t-=e[o]*this.strides[o];return e[e.length-1]=t,e}get rank(){return this.shape.length}toTensor(){return Sn().makeTensor(this.values,this.shape,this.dtype)}},Sn=null,ui=null,HF=null;function ry(n){Sn=n}function oy(n){ui=n}function sy(n){HF=n}var Tt=class{constructor(t,e,o,r){this.kept=!1,this.isDisposedInternal=!1,this.shape=t.slice(),this.dtype=e||"float32",this.size=Ye(t),this.strides=Dn(t),this.dataId=o,this.id=r,this.rankType=this.rank<5?this.rank.toString():"higher"}get rank(){return this.shape.length}async buffer(){let t=await this.data();return ui.buffer(this.shape,this.dtype,t)}bufferSync(){return ui.buffer(this.shape,this.dtype,this.dataSync())}async array(){let t=await this.data();return Kr(this.shape,t,this.dtype==="complex64")}arraySync(){return Kr(this.shape,this.dataSync(),this.dtype==="complex64")}async data(){this.throwIfDisposed();let t=Sn().read(this.dataId);if(this.dtype==="string"){let e=await t;try{return e.map(o=>ii(o))}catch{throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().")}}return t}dataToGPU(t){return this.throwIfDisposed(),Sn().readToGPU(this.dataId,t)}dataSync(){this.throwIfDisposed();let t=Sn().readSync(this.dataId);if(this.dtype==="string")try{return t.map(e=>ii(e))}catch{throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().")}return t}async bytes(){this.throwIfDisposed();let t=await Sn().read(this.dataId);return this.dtype==="string"?t:new Uint8Array(t.buffer)}dispose(){this.isDisposed||(this.kerasMask&&this.kerasMask.dispose(),Sn().disposeTensor(this),this.isDisposedInternal=!0)}get isDisposed(){return this.isDisposedInternal}throwIfDisposed(){if(this.isDisposed)throw new Error("Tensor is disposed.")}print(t=!1){return ui.print(this,t)}clone(){return this.throwIfDisposed(),ui.clone(this)}toString(t=!1){let e=this.dataSync();return ty(e,this.shape,this.dtype,t)}cast(t){return this.throwIfDisposed(),ui.cast(this,t)}variable(t=!0,e,o){return this.throwIfDisposed(),Sn().makeVariable(this,t,e,o)}};Object.defineProperty(Tt,Symbol.hasInstance,{value:n=>!!n&&n.data!=null&&n.dataSync!=null&&n.throwIfDisposed!=null});function Ah(){return fu("Tensor",()=>Tt)}Ah();var mr=class extends Tt{constructor(t,e,o,r){super(t.shape,t.dtype,t.dataId,r),this.trainable=e,this.name=o}assign(t){if(t.dtype!==this.dtype)throw new Error(`dtype of the new value (${t.dtype}) and previous value (${this.dtype}) must match`);if(!fa(t.shape,this.shape))throw new Error(`shape of the new value (${t.shape}) and previous value (${this.shape}) must match`);Sn().disposeTensor(this),this.dataId=t.dataId,Sn().incRef(this,null)}dispose(){Sn().disposeVariable(this),this.isDisposedInternal=!0}};Object.defineProperty(mr,Symbol.hasInstance,{value:n=>n instanceof Tt&&n.assign!=null&&n.assign instanceof Function});var Eh;(function(n){n.R0="R0",n.R1="R1",n.R2="R2",n.R3="R3",n.R4="R4",n.R5="R5",n.R6="R6"})(Eh||(Eh={}));var Fh;(function(n){n.float32="float32",n.int32="int32",n.bool="int32",n.complex64="complex64"})(Fh||(Fh={}));var Dh;(function(n){n.float32="float32",n.int32="int32",n.bool="bool",n.complex64="complex64"})(Dh||(Dh={}));var $h;(function(n){n.float32="float32",n.int32="float32",n.bool="float32",n.complex64="complex64"})($h||($h={}));var Mh;(function(n){n.float32="complex64",n.int32="complex64",n.bool="complex64",n.complex64="complex64"})(Mh||(Mh={}));var qF={float32:$h,int32:Fh,bool:Dh,complex64:Mh};function at(n,t){if(n==="string"||t==="string"){if(n==="string"&&t==="string")return"string";throw new Error(`Can not upcast ${n} with ${t}`)}return qF[n][t]}function Rs(n){return at(n,"int32")}function Yl(n){return n!=null&&typeof n=="object"&&"texture"in n&&n.texture instanceof WebGLTexture}function Zl(n){return typeof GPUBuffer<"u"&&n!=null&&typeof n=="object"&&"buffer"in n&&n.buffer instanceof GPUBuffer}function At(n,t){if(n.dtype===t.dtype)return[n,t];let e=at(n.dtype,t.dtype);return[n.cast(e),t.cast(e)]}function Ql(n){let t=[];return ay(n,t,new Set),t}function ay(n,t,e){if(n==null)return;if(n instanceof Tt){t.push(n);return}if(!KF(n))return;let o=n;for(let r in o){let s=o[r];e.has(s)||(e.add(s),ay(s,t,e))}}function KF(n){return Array.isArray(n)||typeof n=="object"}function Ph(n){return n.kernelName!=null}var Jl=class{constructor(){this.registeredVariables={},this.nextTapeNodeId=0,this.numBytes=0,this.numTensors=0,this.numStringTensors=0,this.numDataBuffers=0,this.gradientDepth=0,this.kernelDepth=0,this.scopeStack=[],this.numDataMovesStack=[],this.nextScopeId=0,this.tensorInfo=new WeakMap,this.profiling=!1,this.activeProfile={newBytes:0,newTensors:0,peakBytes:0,kernels:[],result:null,get kernelNames(){return Array.from(new Set(this.kernels.map(t=>t.name)))}}}dispose(){for(let t in this.registeredVariables)this.registeredVariables[t].dispose()}},Cu=class n{constructor(t){this.ENV=t,this.registry={},this.registryFactory={},this.pendingBackendInitId=0,this.state=new Jl}async ready(){if(this.pendingBackendInit!=null)return this.pendingBackendInit.then(()=>{});if(this.backendInstance!=null)return;let t=this.getSortedBackends();for(let e=0;e<t.length;e++){let o=t[e];if(await this.initializeBackend(o).success){await this.setBackend(o);return}}throw new Error("Could not initialize any backends, all backend initializations failed.")}get backend(){if(this.pendingBackendInit!=null)throw new Error(`Backend '${this.backendName}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);if(this.backendInstance==null){let{name:t,asyncInit:e}=this.initializeBackendsAndReturnBest();if(e)throw new Error(`The highest priority backend '${t}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);this.setBackend(t)}return this.backendInstance}backendNames(){return Object.keys(this.registryFactory)}findBackend(t){if(!(t in this.registry))if(t in this.registryFactory){let{asyncInit:e}=this.initializeBackend(t);if(e)return null}else return null;return this.registry[t]}findBackendFactory(t){return t in this.registryFactory?this.registryFactory[t].factory:null}registerBackend(t,e,o=1){return t in this.registryFactory?(dr(`${t} backend was already registered. Reusing existing backend factory.`),!1):(this.registryFactory[t]={factory:e,priority:o},!0)}async setBackend(t){if(this.registryFactory[t]==null)throw new Error(`Backend name '${t}' not found in registry`);if(this.backendName=t,this.registry[t]==null){this.backendInstance=null;let{success:e,asyncInit:o}=this.initializeBackend(t);if(!(o?await e:e))return!1}return this.backendInstance=this.registry[t],this.setupRegisteredKernels(),this.profiler=new jl(this.backendInstance),!0}setupRegisteredKernels(){Sh(this.backendName).forEach(e=>{e.setupFunc!=null&&e.setupFunc(this.backendInstance)})}disposeRegisteredKernels(t){Sh(t).forEach(o=>{o.disposeFunc!=null&&o.disposeFunc(this.registry[t])})}initializeBackend(t){let e=this.registryFactory[t];if(e==null)throw new Error(`Cannot initialize backend ${t}, no registration found.`);try{let o=e.factory();if(o&&!(o instanceof In)&&typeof o.then=="function"){let r=++this.pendingBackendInitId,s=o.then(i=>r<this.pendingBackendInitId?!1:(this.registry[t]=i,this.pendingBackendInit=null,!0)).catch(i=>(r<this.pendingBackendInitId||(this.pendingBackendInit=null,dr(`Initialization of backend ${t} failed`),dr(i.stack||i.message)),!1));return this.pendingBackendInit=s,{success:s,asyncInit:!0}}else return this.registry[t]=o,{success:!0,asyncInit:!1}}catch(o){return dr(`Initialization of backend ${t} failed`),dr(o.stack||o.message),{success:!1,asyncInit:!1}}}removeBackend(t){if(!(t in this.registryFactory))throw new Error(`${t} backend not found in registry`);this.backendName===t&&this.pendingBackendInit!=null&&this.pendingBackendInitId++,t in this.registry&&(this.disposeRegisteredKernels(t),this.registry[t].dispose(),delete this.registry[t]),delete this.registryFactory[t],this.backendName===t&&(this.pendingBackendInit=null,this.backendName=null,this.backendInstance=null)}getSortedBackends(){if(Object.keys(this.registryFactory).length===0)throw new Error("No backend found in registry.");return Object.keys(this.registryFactory).sort((t,e)=>this.registryFactory[e].priority-this.registryFactory[t].priority)}initializeBackendsAndReturnBest(){let t=this.getSortedBackends();for(let e=0;e<t.length;e++){let o=t[e],{success:r,asyncInit:s}=this.initializeBackend(o);if(s||r)return{name:o,asyncInit:s}}throw new Error("Could not initialize any backends, all backend initializations failed.")}moveData(t,e){let o=this.state.tensorInfo.get(e),r=o.backend,s=this.readSync(e),i=r.refCount(e);r.disposeData(e,!0),o.backend=t,t.move(e,s,o.shape,o.dtype,i),this.shouldCheckForMemLeaks()&&this.state.numDataMovesStack[this.state.numDataMovesStack.length-1]++}tidy(t,e){let o=null;if(e==null){if(typeof t!="function")throw new Error("Please provide a function to tidy()");e=t}else{if(typeof t!="string"&&!(t instanceof String))throw new Error("When calling with two arguments, the first argument to tidy() must be a string");if(typeof e!="function")throw new Error("When calling with two arguments, the 2nd argument to tidy() must be a function");o=t}let r;return this.scopedRun(()=>this.startScope(o),()=>this.endScope(r),()=>(r=e(),r instanceof Promise&&console.error("Cannot return a Promise inside of tidy."),r))}scopedRun(t,e,o){t();try{let r=o();return e(),r}catch(r){throw e(),r}}nextTensorId(){return n.nextTensorId++}nextVariableId(){return n.nextVariableId++}clone(t){let e=K.runKernel(Mn,{x:t}),o={x:t},r=i=>({x:()=>{let u="float32",l={x:i},a={dtype:u};return K.runKernel($n,l,a)}}),s=[];return this.addTapeNode(this.state.activeScope.name,o,[e],r,s,{}),e}runKernel(t,e,o){if(this.backendName==null&&this.backend,!(Ih(t,this.backendName)!=null))throw new Error(`Kernel '${t}' not registered for backend '${this.backendName}'`);return this.runKernelFunc({kernelName:t,inputs:e,attrs:o})}shouldCheckForMemLeaks(){return this.ENV.getBool("IS_TEST")}checkKernelForMemLeak(t,e,o){let r=this.backend.numDataIds(),s=0;o.forEach(l=>{s+=l.dtype==="complex64"?3:1});let i=this.state.numDataMovesStack[this.state.numDataMovesStack.length-1],u=r-e-s-i;if(u>0)throw new Error(`Backend '${this.backendName}' has an internal memory leak (${u} data ids) after running '${t}'`)}runKernelFunc(t){let e,o=[],r=this.isTapeOn(),s=this.state.numBytes,i=this.state.numTensors;this.shouldCheckForMemLeaks()&&this.state.numDataMovesStack.push(0);let u;this.backendName==null&&this.backend;let l,a=Ph(t)?t.kernelName:this.state.activeScope!=null?this.state.activeScope.name:"";if(Ph(t)){let{kernelName:f,inputs:h,attrs:g}=t;this.backendName==null&&this.backend;let x=Ih(f,this.backendName);J(x!=null,()=>`Cannot find registered kernel '${f}' for backend '${this.backendName}'`),u=()=>{let y=this.backend.numDataIds();l=x.kernelFunc({inputs:h,attrs:g,backend:this.backend});let C=Array.isArray(l)?l:[l];this.shouldCheckForMemLeaks()&&this.checkKernelForMemLeak(f,y,C);let w=C.map(S=>S.rank!=null?S:this.makeTensorFromTensorInfo(S));if(r){let S=this.getTensorsForGradient(f,h,w);o=this.saveTensorsForBackwardMode(S)}return w}}else{let{forwardFunc:f}=t,h=g=>{r&&(o=g.map(x=>this.keep(this.clone(x))))};u=()=>{let g=this.backend.numDataIds();l=this.tidy(()=>f(this.backend,h));let x=Array.isArray(l)?l:[l];return this.shouldCheckForMemLeaks()&&this.checkKernelForMemLeak(a,g,x),x}}let{inputs:c,attrs:p}=t,d=Ph(t)?null:t.backwardsFunc,m;return this.scopedRun(()=>this.state.kernelDepth++,()=>this.state.kernelDepth--,()=>{!this.ENV.getBool("DEBUG")&&!this.state.profiling?e=u():(m=this.profiler.profileKernel(a,c,()=>u()),this.ENV.getBool("DEBUG")&&this.profiler.logKernelProfile(m),e=m.outputs)}),r&&this.addTapeNode(a,c,e,d,o,p),this.state.profiling&&this.state.activeProfile.kernels.push({name:a,bytesAdded:this.state.numBytes-s,totalBytesSnapshot:this.state.numBytes,tensorsAdded:this.state.numTensors-i,totalTensorsSnapshot:this.state.numTensors,inputShapes:Object.keys(c).map(f=>c[f]!=null?c[f].shape:null),outputShapes:e.map(f=>f.shape),kernelTimeMs:m.timeMs,extraInfo:m.extraInfo}),Array.isArray(l)?e:e[0]}saveTensorsForBackwardMode(t){return t.map(o=>this.keep(this.clone(o)))}getTensorsForGradient(t,e,o){let r=wh(t);if(r!=null){let s=r.inputsToSave||[],i=r.outputsToSave||[],u;r.saveAllInputs?(J(Array.isArray(e),()=>"saveAllInputs is true, expected inputs to be an array."),u=Object.keys(e).map(a=>e[a])):u=s.map(a=>e[a]);let l=o.filter((a,c)=>i[c]);return u.concat(l)}return[]}makeTensor(t,e,o,r){if(t==null)throw new Error("Values passed to engine.makeTensor() are null");o=o||"float32",r=r||this.backend;let s=t;o==="string"&&ga(t[0])&&(s=t.map(l=>ai(l)));let i=r.write(s,e,o),u=new Tt(e,o,i,this.nextTensorId());if(this.trackTensor(u,r),o==="string"){let l=this.state.tensorInfo.get(i),a=xh(s);this.state.numBytes+=a-l.bytes,l.bytes=a}return u}makeTensorFromDataId(t,e,o,r){o=o||"float32";let s={dataId:t,shape:e,dtype:o};return this.makeTensorFromTensorInfo(s,r)}makeTensorFromTensorInfo(t,e){let{dataId:o,shape:r,dtype:s}=t,i=new Tt(r,s,o,this.nextTensorId());return this.trackTensor(i,e),i}makeVariable(t,e=!0,o,r){o=o||this.nextVariableId().toString(),r!=null&&r!==t.dtype&&(t=t.cast(r));let s=new mr(t,e,o,this.nextTensorId());if(this.state.registeredVariables[s.name]!=null)throw new Error(`Variable with name ${s.name} was already registered`);return this.state.registeredVariables[s.name]=s,this.incRef(s,this.backend),s}trackTensor(t,e){this.state.numTensors++,t.dtype==="string"&&this.state.numStringTensors++;let o=0;t.dtype!=="complex64"&&t.dtype!=="string"&&(o=t.size*ha(t.dtype)),this.state.numBytes+=o,this.state.tensorInfo.has(t.dataId)||(this.state.numDataBuffers++,this.state.tensorInfo.set(t.dataId,{backend:e||this.backend,dtype:t.dtype,shape:t.shape,bytes:o})),t instanceof mr||this.track(t)}incRef(t,e){this.trackTensor(t,e),this.backend.incRef(t.dataId)}removeDataId(t,e){this.state.tensorInfo.has(t)&&this.state.tensorInfo.get(t).backend===e&&(this.state.tensorInfo.delete(t),this.state.numDataBuffers--)}disposeTensor(t){if(!this.state.tensorInfo.has(t.dataId))return;let e=this.state.tensorInfo.get(t.dataId);if(this.state.numTensors--,t.dtype==="string"&&(this.state.numStringTensors--,this.state.numBytes-=e.bytes),t.dtype!=="complex64"&&t.dtype!=="string"){let o=t.size*ha(t.dtype);this.state.numBytes-=o}e.backend.disposeData(t.dataId)&&this.removeDataId(t.dataId,e.backend)}disposeVariables(){for(let t in this.state.registeredVariables){let e=this.state.registeredVariables[t];this.disposeVariable(e)}}disposeVariable(t){this.disposeTensor(t),this.state.registeredVariables[t.name]!=null&&delete this.state.registeredVariables[t.name]}memory(){let t=this.backend.memory();return t.numTensors=this.state.numTensors,t.numDataBuffers=this.state.numDataBuffers,t.numBytes=this.state.numBytes,this.state.numStringTensors>0&&(t.unreliable=!0,t.reasons==null&&(t.reasons=[]),t.reasons.push("Memory usage by string tensors is approximate (2 bytes per character)")),t}async profile(t){this.state.profiling=!0;let e=this.state.numBytes,o=this.state.numTensors;this.state.activeProfile.kernels=[],this.state.activeProfile.result=await t(),this.state.profiling=!1,this.state.activeProfile.peakBytes=Math.max(...this.state.activeProfile.kernels.map(r=>r.totalBytesSnapshot)),this.state.activeProfile.newBytes=this.state.numBytes-e,this.state.activeProfile.newTensors=this.state.numTensors-o;for(let r of this.state.activeProfile.kernels)r.kernelTimeMs=await r.kernelTimeMs,r.extraInfo=await r.extraInfo;return this.state.activeProfile}isTapeOn(){return this.state.gradientDepth>0&&this.state.kernelDepth===0}addTapeNode(t,e,o,r,s,i){let u={id:this.state.nextTapeNodeId++,kernelName:t,inputs:e,outputs:o,saved:s},l=wh(t);l!=null&&(r=l.gradFunc),r!=null&&(u.gradient=a=>(a=a.map((c,p)=>{if(c==null){let d=o[p],m=ya(d.size,d.dtype);return this.makeTensor(m,d.shape,d.dtype)}return c}),r(a.length>1?a:a[0],s,i))),this.state.activeTape.push(u)}keep(t){return t.kept=!0,t}startTape(){this.state.gradientDepth===0&&(this.state.activeTape=[]),this.state.gradientDepth++}endTape(){this.state.gradientDepth--}startScope(t){let e={track:[],name:"unnamed scope",id:this.state.nextScopeId++};t&&(e.name=t),this.state.scopeStack.push(e),this.state.activeScope=e}endScope(t){let e=Ql(t),o=new Set(e.map(s=>s.id));for(let s=0;s<this.state.activeScope.track.length;s++){let i=this.state.activeScope.track[s];!i.kept&&!o.has(i.id)&&i.dispose()}let r=this.state.scopeStack.pop();this.state.activeScope=this.state.scopeStack.length===0?null:this.state.scopeStack[this.state.scopeStack.length-1],e.forEach(s=>{!s.kept&&s.scopeId===r.id&&this.track(s)})}gradients(t,e,o,r=!1){if(J(e.length>0,()=>"gradients() received an empty list of xs."),o!=null&&o.dtype!=="float32")throw new Error(`dy must have 'float32' dtype, but has '${o.dtype}'`);let s=this.scopedRun(()=>this.startTape(),()=>this.endTape(),()=>this.tidy("forward",t));J(s instanceof Tt,()=>"The result y returned by f() must be a tensor.");let i=Qb(this.state.activeTape,e,s);if(!r&&i.length===0&&e.length>0)throw new Error("Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.");return this.tidy("backward",()=>{let u={};u[s.id]=o??jF(s.shape),Jb(u,i,a=>this.tidy(a),XF);let l=e.map(a=>u[a.id]);return this.state.gradientDepth===0&&(this.state.activeTape.forEach(a=>{for(let c of a.saved)c.dispose()}),this.state.activeTape=null),{value:s,grads:l}})}customGrad(t){return J(xa(t),()=>"The f passed in customGrad(f) must be a function."),(...e)=>{J(e.every(u=>u instanceof Tt),()=>"The args passed in customGrad(f)(x1, x2,...) must all be tensors");let o,r={};e.forEach((u,l)=>{r[l]=u});let s=(u,l)=>(o=t(...e,l),J(o.value instanceof Tt,()=>"The function f passed in customGrad(f) must return an object where `obj.value` is a tensor"),J(xa(o.gradFunc),()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function."),o.value),i=(u,l)=>{let a=o.gradFunc(u,l),c=Array.isArray(a)?a:[a];J(c.length===e.length,()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns the same number of tensors as inputs passed to f(...)."),J(c.every(d=>d instanceof Tt),()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns a list of only tensors.");let p={};return c.forEach((d,m)=>{p[m]=()=>d}),p};return this.runKernelFunc({forwardFunc:s,backwardsFunc:i,inputs:r})}}readSync(t){return this.state.tensorInfo.get(t).backend.readSync(t)}read(t){return this.state.tensorInfo.get(t).backend.read(t)}readToGPU(t,e){return this.state.tensorInfo.get(t).backend.readToGPU(t,e)}async time(t){let e=Ns(),o=await this.backend.time(t);return o.wallMs=Ns()-e,o}track(t){return this.state.activeScope!=null&&(t.scopeId=this.state.activeScope.id,this.state.activeScope.track.push(t)),t}get registeredVariables(){return this.state.registeredVariables}reset(){this.pendingBackendInitId++,this.state.dispose(),this.ENV.reset(),this.state=new Jl;for(let t in this.registry)this.disposeRegisteredKernels(t),this.registry[t].dispose(),delete this.registry[t];this.backendName=null,this.backendInstance=null,this.pendingBackendInit=null}};Cu.nextTensorId=0;Cu.nextVariableId=0;function jF(n){let t=du(Ye(n),"float32");return K.makeTensor(t,n,"float32")}function Oh(){let n=Ch();if(n._tfengine==null){let t=new mu(n);n._tfengine=new Cu(t)}return Fb(n._tfengine.ENV),ry(()=>n._tfengine),n._tfengine}var K=Oh();function XF(n,t){let e={a:n,b:t};return K.runKernel("Add",e)}var $r={};Fn($r,{isBrowser:()=>Lh,isMobile:()=>QF,mockIsMobile:()=>ZF});function YF(){return typeof navigator<"u"&&navigator!=null}var Bh;function ZF(n){Bh=n}function QF(n){if(Bh!==void 0)return Bh;if(n||YF()){if(n||(n=navigator),n.product==="ReactNative")return!0;let t=n.userAgent||n.vendor||(typeof window<"u"?window.opera:"");if(!t){let e=n;return e.userAgentData&&e.userAgentData.mobile}return/(android|bb\d+|meego).+mobile|avantgo|bada\/|blackberry|blazer|compal|elaine|fennec|hiptop|iemobile|ip(hone|od)|iris|kindle|lge |maemo|midp|mmp|mobile.+firefox|netfront|opera m(ob|in)i|palm( os)?|phone|p(ixi|re)\/|plucker|pocket|psp|series(4|6)0|symbian|treo|up\.(browser|link)|vodafone|wap|windows ce|xda|xiino/i.test(t)||/1207|6310|6590|3gso|4thp|50[1-6]i|770s|802s|a wa|abac|ac(er|oo|s\-)|ai(ko|rn)|al(av|ca|co)|amoi|an(ex|ny|yw)|aptu|ar(ch|go)|as(te|us)|attw|au(di|\-m|r |s )|avan|be(ck|ll|nq)|bi(lb|rd)|bl(ac|az)|br(e|v)w|bumb|bw\-(n|u)|c55\/|capi|ccwa|cdm\-|cell|chtm|cldc|cmd\-|co(mp|nd)|craw|da(it|ll|ng)|dbte|dc\-s|devi|dica|dmob|do(c|p)o|ds(12|\-d)|el(49|ai)|em(l2|ul)|er(ic|k0)|esl8|ez([4-7]0|os|wa|ze)|fetc|fly(\-|_)|g1 u|g560|gene|gf\-5|g\-mo|go(\.w|od)|gr(ad|un)|haie|hcit|hd\-(m|p|t)|hei\-|hi(pt|ta)|hp( i|ip)|hs\-c|ht(c(\-| |_|a|g|p|s|t)|tp)|hu(aw|tc)|i\-(20|go|ma)|i230|iac( |\-|\/)|ibro|idea|ig01|ikom|im1k|inno|ipaq|iris|ja(t|v)a|jbro|jemu|jigs|kddi|keji|kgt( |\/)|klon|kpt |kwc\-|kyo(c|k)|le(no|xi)|lg( g|\/(k|l|u)|50|54|\-[a-w])|libw|lynx|m1\-w|m3ga|m50\/|ma(te|ui|xo)|mc(01|21|ca)|m\-cr|me(rc|ri)|mi(o8|oa|ts)|mmef|mo(01|02|bi|de|do|t(\-| |o|v)|zz)|mt(50|p1|v )|mwbp|mywa|n10[0-2]|n20[2-3]|n30(0|2)|n50(0|2|5)|n7(0(0|1)|10)|ne((c|m)\-|on|tf|wf|wg|wt)|nok(6|i)|nzph|o2im|op(ti|wv)|oran|owg1|p800|pan(a|d|t)|pdxg|pg(13|\-([1-8]|c))|phil|pire|pl(ay|uc)|pn\-2|po(ck|rt|se)|prox|psio|pt\-g|qa\-a|qc(07|12|21|32|60|\-[2-7]|i\-)|qtek|r380|r600|raks|rim9|ro(ve|zo)|s55\/|sa(ge|ma|mm|ms|ny|va)|sc(01|h\-|oo|p\-)|sdk\/|se(c(\-|0|1)|47|mc|nd|ri)|sgh\-|shar|sie(\-|m)|sk\-0|sl(45|id)|sm(al|ar|b3|it|t5)|so(ft|ny)|sp(01|h\-|v\-|v )|sy(01|mb)|t2(18|50)|t6(00|10|18)|ta(gt|lk)|tcl\-|tdg\-|tel(i|m)|tim\-|t\-mo|to(pl|sh)|ts(70|m\-|m3|m5)|tx\-9|up(\.b|g1|si)|utst|v400|v750|veri|vi(rg|te)|vk(40|5[0-3]|\-v)|vm40|voda|vulc|vx(52|53|60|61|70|80|81|83|85|98)|w3c(\-| )|webc|whit|wi(g |nc|nw)|wmlb|wonu|x700|yas\-|your|zeto|zte\-/i.test(t.substr(0,4))}return!1}function Lh(){return typeof window<"u"&&window.document!=null||typeof WorkerGlobalScope<"u"}var Ft=N();Ft.registerFlag("DEBUG",()=>!1,n=>{n&&console.warn("Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.")});Ft.registerFlag("IS_BROWSER",()=>Lh());Ft.registerFlag("IS_NODE",()=>typeof process<"u"&&typeof process.versions<"u"&&typeof process.versions.node<"u");Ft.registerFlag("IS_CHROME",()=>typeof navigator<"u"&&navigator!=null&&navigator.userAgent!=null&&/Chrome/.test(navigator.userAgent)&&/Google Inc/.test(navigator.vendor));Ft.registerFlag("IS_SAFARI",()=>typeof navigator<"u"&&navigator!=null&&navigator.userAgent!=null&&/Safari/.test(navigator.userAgent)&&/Apple/.test(navigator.vendor));Ft.registerFlag("PROD",()=>!1);Ft.registerFlag("TENSORLIKE_CHECK_SHAPE_CONSISTENCY",()=>Ft.getBool("DEBUG"));Ft.registerFlag("DEPRECATION_WARNINGS_ENABLED",()=>!0);Ft.registerFlag("IS_TEST",()=>!1);Ft.registerFlag("CHECK_COMPUTATION_FOR_ERRORS",()=>Ft.getBool("DEBUG"));Ft.registerFlag("WRAP_TO_IMAGEBITMAP",()=>!1);Ft.registerFlag("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU",()=>!1);Ft.registerFlag("USE_SETTIMEOUTCUSTOM",()=>!1);function Iu(n,t){let e=n;if(_t(n))return t==="string"?[]:[n.length];if(Yl(n)){let r=n.channels||"RGBA";return[n.height,n.width*r.length]}else if(Zl(n))return[n.buffer.size/(t==null?4:ha(t))];if(!Array.isArray(n))return[];let o=[];for(;Array.isArray(e)||_t(e)&&t!=="string";)o.push(e.length),e=e[0];return Array.isArray(n)&&N().getBool("TENSORLIKE_CHECK_SHAPE_CONSISTENCY")&&uy(n,o,[]),o}function uy(n,t,e){if(e=e||[],!Array.isArray(n)&&!_t(n)){J(t.length===0,()=>`Element arr[${e.join("][")}] is a primitive, but should be an array/TypedArray of ${t[0]} elements`);return}J(t.length>0,()=>`Element arr[${e.join("][")}] should be a primitive, but is an array of ${n.length} elements`),J(n.length===t[0],()=>`Element arr[${e.join("][")}] should have ${t[0]} elements, but has ${n.length} elements`);let o=t.slice(1);for(let r=0;r<n.length;++r)uy(n[r],o,e.concat(r))}function iy(n,t,e,o){if(n!=="string_or_numeric"){if(n==null)throw new Error("Expected dtype cannot be null.");if(n!=="numeric"&&n!==t||n==="numeric"&&t==="string")throw new Error(`Argument '${e}' passed to '${o}' must be ${n} tensor, but got ${t} tensor`)}}function ie(n,t,e,o="numeric"){if(n instanceof Ah())return iy(o,n.dtype,t,e),n;let r=Tr(n);if(r!=="string"&&["bool","int32","float32"].indexOf(o)>=0&&(r=o),iy(o,r,t,e),n==null||!_t(n)&&!Array.isArray(n)&&typeof n!="number"&&typeof n!="boolean"&&typeof n!="string"){let l=n==null?"null":n.constructor.name;throw new Error(`Argument '${t}' passed to '${e}' must be a Tensor or TensorLike, but got '${l}'`)}let s=Iu(n,r);!_t(n)&&!Array.isArray(n)&&(n=[n]);let u=r!=="string"?si(n,r):Dr(n,[],!0);return K.makeTensor(u,s,r)}var JF="__op";function he(n){let t=Object.keys(n);if(t.length!==1)throw new Error(`Please provide an object with a single key (operation name) mapping to a function. Got an object with ${t.length} keys.`);let e=t[0],o=n[e];e.endsWith("_")&&(e=e.substring(0,e.length-1)),e=e+JF;let r=(...s)=>{K.startScope(e);try{let i=o(...s);return Xr(i)&&console.error("Cannot return a Promise inside of tidy."),K.endScope(i),i}catch(i){throw K.endScope(null),i}};return Object.defineProperty(r,"name",{value:e,configurable:!0}),r}function eD(n,t){let e=ie(n,"real","complex"),o=ie(t,"imag","complex");El(e.shape,o.shape,`real and imag shapes, ${e.shape} and ${o.shape}, must match in call to tf.complex().`);let r={real:e,imag:o};return K.runKernel(Ta,r)}var ec=he({complex_:eD});function li(n,t,e,o){if(o==null)o=Tr(n);else if(o==="complex64")throw new Error("Cannot construct a complex64 tensor directly. Please use tf.complex(real, imag).");if(Zl(n)||Yl(n)){if(o!=="float32"&&o!=="int32")throw new Error(`Creating tensor from GPU data only supports 'float32'|'int32' dtype, while the dtype is ${o}.`);return K.backend.createTensorFromGPUData(n,t||e,o)}if(!_t(n)&&!Array.isArray(n)&&typeof n!="number"&&typeof n!="boolean"&&typeof n!="string")throw new Error("values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray");if(t!=null){un(t);let r=Ye(t),s=Ye(e);J(r===s,()=>`Based on the provided shape, [${t}], the tensor should have ${r} values but has ${s}`);for(let i=0;i<e.length;++i){let u=e[i],l=i===e.length-1?u!==Ye(t.slice(i)):!0;J(e[i]===t[i]||!l,()=>`Error creating a new Tensor. Inferred shape (${e}) does not match the provided shape (${t}). `)}}return!_t(n)&&!Array.isArray(n)&&(n=[n]),t=t||e,n=o!=="string"?si(n,o):Dr(n,[],!0),K.makeTensor(n,t,o)}function wu(n,t,e){let o=Iu(n,e);return li(n,t,o,e)}var jt=class n{static join(t){return new n(t).slice()}constructor(t){if(this.shards=[],this.previousShardIndex=0,t==null||(t instanceof Array||(t=[t]),t=t.map(o=>_t(o)?o.buffer:o),t.length===0))return;this.bufferUniformSize=t[0].byteLength;let e=0;for(let o=0;o<t.length;o++){let r=t[o];o!==t.length-1&&r.byteLength!==this.bufferUniformSize&&(this.bufferUniformSize=void 0);let s=e+r.byteLength;this.shards.push({buffer:r,start:e,end:s}),e=s}this.shards.length===0&&(this.byteLength=0),this.byteLength=this.shards[this.shards.length-1].end}slice(t=0,e=this.byteLength){if(this.shards.length===0)return new ArrayBuffer(0);if(t=isNaN(Number(t))?0:t,e=isNaN(Number(e))?0:e,t=Math.max(0,t),e=Math.min(this.byteLength,e),e<=t)return new ArrayBuffer(0);let o=this.findShardForByte(t);if(o===-1)throw new Error(`Could not find start shard for byte ${t}`);let r=e-t,s=new ArrayBuffer(r),i=new Uint8Array(s),u=0;for(let l=o;l<this.shards.length;l++){let a=this.shards[l],p=t+u-a.start,d=u,f=Math.min(e,a.end)-a.start,h=new Uint8Array(a.buffer,p,f-p);if(i.set(h,d),u+=h.length,e<a.end)break}return s}findShardForByte(t){if(this.shards.length===0||t<0||t>=this.byteLength)return-1;if(this.bufferUniformSize!=null)return this.previousShardIndex=Math.floor(t/this.bufferUniformSize),this.previousShardIndex;function e(r){return t<r.start?-1:t>=r.end?1:0}if(e(this.shards[this.previousShardIndex])===0)return this.previousShardIndex;let o=tD(this.shards,e);return o===-1?-1:(this.previousShardIndex=o,this.previousShardIndex)}};function tD(n,t){let e=0,o=n.length;for(;e<=o;){let r=Math.floor((o-e)/2)+e,s=t(n[r]);if(s===0)return r;s<0?o=r:e=r+1}return-1}function ly(n){N().getBool("DEPRECATION_WARNINGS_ENABLED")&&console.warn(n+" You can disable deprecation warnings with tf.disableDeprecationWarnings().")}sy(ly);function Xt(){return K}function Ve(n,t){return K.tidy(n,t)}function dt(n){Ql(n).forEach(e=>e.dispose())}function cy(n){return K.keep(n)}function py(n){return K.setBackend(n)}function dy(){return K.ready()}function ci(n,t,e=1){return K.registerBackend(n,t,e)}var Vh=typeof Buffer<"u"&&(typeof Blob>"u"||typeof atob>"u"||typeof btoa>"u");function my(n){return Vh?Buffer.byteLength(n,"utf8"):new Blob([n]).size}function fy(n){if(Vh)return Buffer.from(n).toString("base64");let t=new Uint8Array(n),e="";for(let o=0,r=t.length;o<r;o++)e+=String.fromCharCode(t[o]);return btoa(e)}function hy(n){if(Vh){let o=Buffer.from(n,"base64");return o.buffer.slice(o.byteOffset,o.byteOffset+o.byteLength)}let t=atob(n),e=new Uint8Array(t.length);for(let o=0;o<t.length;++o)e.set([t.charCodeAt(o)],o);return e.buffer}function tc(n,t){let e={modelTopology:n.modelTopology,format:n.format,generatedBy:n.generatedBy,convertedBy:n.convertedBy,weightsManifest:t};return n.signature!=null&&(e.signature=n.signature),n.userDefinedMetadata!=null&&(e.userDefinedMetadata=n.userDefinedMetadata),n.modelInitializer!=null&&(e.modelInitializer=n.modelInitializer),n.initializerSignature!=null&&(e.initializerSignature=n.initializerSignature),n.trainingConfig!=null&&(e.trainingConfig=n.trainingConfig),e}function gy(n,t,e){let o={modelTopology:n.modelTopology,format:n.format,generatedBy:n.generatedBy,convertedBy:n.convertedBy};if(n.trainingConfig!=null&&(o.trainingConfig=n.trainingConfig),n.weightsManifest!=null){if(!t)throw new Error("modelJSON has weightsManifest but weightSpecs is null");if(!e)throw new Error("modelJSON has weightsManifest but weightData is null");o.weightSpecs=t,o.weightData=e}return n.signature!=null&&(o.signature=n.signature),n.userDefinedMetadata!=null&&(o.userDefinedMetadata=n.userDefinedMetadata),n.modelInitializer!=null&&(o.modelInitializer=n.modelInitializer),n.initializerSignature!=null&&(o.initializerSignature=n.initializerSignature),o}async function nc(n,t){let e,o;return n.weightsManifest!=null&&([e,o]=await t(n.weightsManifest)),gy(n,e,o)}function hr(n){if(n.modelTopology instanceof ArrayBuffer)throw new Error("Expected JSON model topology, received ArrayBuffer.");return{dateSaved:new Date,modelTopologyType:"JSON",modelTopologyBytes:n.modelTopology==null?0:my(JSON.stringify(n.modelTopology)),weightSpecsBytes:n.weightSpecs==null?0:my(JSON.stringify(n.weightSpecs)),weightDataBytes:n.weightData==null?0:new jt(n.weightData).byteLength}}function rc(n){let t=[];for(let e of n)t.push(...e.weights);return t}var Yt=class n{constructor(){this.saveRouters=[],this.loadRouters=[]}static getInstance(){return n.instance==null&&(n.instance=new n),n.instance}static registerSaveRouter(t){n.getInstance().saveRouters.push(t)}static registerLoadRouter(t){n.getInstance().loadRouters.push(t)}static getSaveHandlers(t){return n.getHandlers(t,"save")}static getLoadHandlers(t,e){return n.getHandlers(t,"load",e)}static getHandlers(t,e,o){let r=[];return(e==="load"?n.getInstance().loadRouters:n.getInstance().saveRouters).forEach(i=>{let u=i(t,o);u!==null&&r.push(u)}),r}};var Wh="tensorflowjs",Uh=1,As="models_store",Mr="model_info_store";function xy(){if(!N().getBool("IS_BROWSER"))throw new Error("Failed to obtain IndexedDB factory because the current environmentis not a web browser.");let n=typeof window>"u"?self:window,t=n.indexedDB||n.mozIndexedDB||n.webkitIndexedDB||n.msIndexedDB||n.shimIndexedDB;if(t==null)throw new Error("The current browser does not appear to support IndexedDB.");return t}function zh(n){let t=n.result;t.createObjectStore(As,{keyPath:"modelPath"}),t.createObjectStore(Mr,{keyPath:"modelPath"})}var On=class{constructor(t){if(this.indexedDB=xy(),t==null||!t)throw new Error("For IndexedDB, modelPath must not be null, undefined or empty.");this.modelPath=t}async save(t){if(t.modelTopology instanceof ArrayBuffer)throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");return this.databaseAction(this.modelPath,t)}async load(){return this.databaseAction(this.modelPath)}databaseAction(t,e){return new Promise((o,r)=>{let s=this.indexedDB.open(Wh,Uh);s.onupgradeneeded=()=>zh(s),s.onsuccess=()=>{let i=s.result;if(e==null){let u=i.transaction(As,"readonly"),a=u.objectStore(As).get(this.modelPath);a.onsuccess=()=>{if(a.result==null)return i.close(),r(new Error(`Cannot find model with path '${this.modelPath}' in IndexedDB.`));o(a.result.modelArtifacts)},a.onerror=c=>(i.close(),r(a.error)),u.oncomplete=()=>i.close()}else{e.weightData=jt.join(e.weightData);let u=hr(e),l=i.transaction(Mr,"readwrite"),a=l.objectStore(Mr),c;try{c=a.put({modelPath:this.modelPath,modelArtifactsInfo:u})}catch(d){return r(d)}let p;c.onsuccess=()=>{p=i.transaction(As,"readwrite");let d=p.objectStore(As),m;try{m=d.put({modelPath:this.modelPath,modelArtifacts:e,modelArtifactsInfo:u})}catch(f){return r(f)}m.onsuccess=()=>o({modelArtifactsInfo:u}),m.onerror=f=>{a=l.objectStore(Mr);let h=a.delete(this.modelPath);h.onsuccess=()=>(i.close(),r(m.error)),h.onerror=g=>(i.close(),r(m.error))}},c.onerror=d=>(i.close(),r(c.error)),l.oncomplete=()=>{p==null?i.close():p.oncomplete=()=>i.close()}}},s.onerror=i=>r(s.error)})}};On.URL_SCHEME="indexeddb://";var by=n=>N().getBool("IS_BROWSER")&&!Array.isArray(n)&&n.startsWith(On.URL_SCHEME)?rD(n.slice(On.URL_SCHEME.length)):null;Yt.registerSaveRouter(by);Yt.registerLoadRouter(by);function rD(n){return new On(n)}function oD(n){return n.startsWith(On.URL_SCHEME)?n.slice(On.URL_SCHEME.length):n}var oc=class{constructor(){this.indexedDB=xy()}async listModels(){return new Promise((t,e)=>{let o=this.indexedDB.open(Wh,Uh);o.onupgradeneeded=()=>zh(o),o.onsuccess=()=>{let r=o.result,s=r.transaction(Mr,"readonly"),u=s.objectStore(Mr).getAll();u.onsuccess=()=>{let l={};for(let a of u.result)l[a.modelPath]=a.modelArtifactsInfo;t(l)},u.onerror=l=>(r.close(),e(u.error)),s.oncomplete=()=>r.close()},o.onerror=r=>e(o.error)})}async removeModel(t){return t=oD(t),new Promise((e,o)=>{let r=this.indexedDB.open(Wh,Uh);r.onupgradeneeded=()=>zh(r),r.onsuccess=()=>{let s=r.result,i=s.transaction(Mr,"readwrite"),u=i.objectStore(Mr),l=u.get(t),a;l.onsuccess=()=>{if(l.result==null)return s.close(),o(new Error(`Cannot find model with path '${t}' in IndexedDB.`));{let c=u.delete(t),p=()=>{a=s.transaction(As,"readwrite");let m=a.objectStore(As).delete(t);m.onsuccess=()=>e(l.result.modelArtifactsInfo),m.onerror=f=>o(l.error)};c.onsuccess=p,c.onerror=d=>(p(),s.close(),o(l.error))}},l.onerror=c=>(s.close(),o(l.error)),i.oncomplete=()=>{a==null?s.close():a.oncomplete=()=>s.close()}},r.onerror=s=>o(r.error)})}};var gr="/",pi="tensorflowjs_models",yy="info",sD="model_topology",aD="weight_specs",iD="weight_data",uD="model_metadata";function Cy(n){return{info:[pi,n,yy].join(gr),topology:[pi,n,sD].join(gr),weightSpecs:[pi,n,aD].join(gr),weightData:[pi,n,iD].join(gr),modelMetadata:[pi,n,uD].join(gr)}}function Iy(n){for(let t of Object.values(n))window.localStorage.removeItem(t)}function lD(n){let t=n.split(gr);if(t.length<3)throw new Error(`Invalid key format: ${n}`);return t.slice(1,t.length-1).join(gr)}function cD(n){return n.startsWith(Bn.URL_SCHEME)?n.slice(Bn.URL_SCHEME.length):n}var Bn=class{constructor(t){if(!N().getBool("IS_BROWSER")||typeof window>"u"||typeof window.localStorage>"u")throw new Error("The current environment does not support local storage.");if(this.LS=window.localStorage,t==null||!t)throw new Error("For local storage, modelPath must not be null, undefined or empty.");this.modelPath=t,this.keys=Cy(this.modelPath)}async save(t){if(t.modelTopology instanceof ArrayBuffer)throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");{let e=JSON.stringify(t.modelTopology),o=JSON.stringify(t.weightSpecs),r=hr(t),s=jt.join(t.weightData);try{this.LS.setItem(this.keys.info,JSON.stringify(r)),this.LS.setItem(this.keys.topology,e),this.LS.setItem(this.keys.weightSpecs,o),this.LS.setItem(this.keys.weightData,fy(s));let i={format:t.format,generatedBy:t.generatedBy,convertedBy:t.convertedBy,signature:t.signature!=null?t.signature:void 0,userDefinedMetadata:t.userDefinedMetadata!=null?t.userDefinedMetadata:void 0,modelInitializer:t.modelInitializer!=null?t.modelInitializer:void 0,initializerSignature:t.initializerSignature!=null?t.initializerSignature:void 0,trainingConfig:t.trainingConfig!=null?t.trainingConfig:void 0};return this.LS.setItem(this.keys.modelMetadata,JSON.stringify(i)),{modelArtifactsInfo:r}}catch{throw Iy(this.keys),new Error(`Failed to save model '${this.modelPath}' to local storage: size quota being exceeded is a possible cause of this failure: modelTopologyBytes=${r.modelTopologyBytes}, weightSpecsBytes=${r.weightSpecsBytes}, weightDataBytes=${r.weightDataBytes}.`)}}}async load(){let t=JSON.parse(this.LS.getItem(this.keys.info));if(t==null)throw new Error(`In local storage, there is no model with name '${this.modelPath}'`);if(t.modelTopologyType!=="JSON")throw new Error("BrowserLocalStorage does not support loading non-JSON model topology yet.");let e={},o=JSON.parse(this.LS.getItem(this.keys.topology));if(o==null)throw new Error(`In local storage, the topology of model '${this.modelPath}' is missing.`);e.modelTopology=o;let r=JSON.parse(this.LS.getItem(this.keys.weightSpecs));if(r==null)throw new Error(`In local storage, the weight specs of model '${this.modelPath}' are missing.`);e.weightSpecs=r;let s=this.LS.getItem(this.keys.modelMetadata);if(s!=null){let u=JSON.parse(s);e.format=u.format,e.generatedBy=u.generatedBy,e.convertedBy=u.convertedBy,u.signature!=null&&(e.signature=u.signature),u.userDefinedMetadata!=null&&(e.userDefinedMetadata=u.userDefinedMetadata),u.modelInitializer!=null&&(e.modelInitializer=u.modelInitializer),u.initializerSignature!=null&&(e.initializerSignature=u.initializerSignature),u.trainingConfig!=null&&(e.trainingConfig=u.trainingConfig)}let i=this.LS.getItem(this.keys.weightData);if(i==null)throw new Error(`In local storage, the binary weight values of model '${this.modelPath}' are missing.`);return e.weightData=hy(i),e}};Bn.URL_SCHEME="localstorage://";var wy=n=>N().getBool("IS_BROWSER")&&!Array.isArray(n)&&n.startsWith(Bn.URL_SCHEME)?pD(n.slice(Bn.URL_SCHEME.length)):null;Yt.registerSaveRouter(wy);Yt.registerLoadRouter(wy);function pD(n){return new Bn(n)}var sc=class{constructor(){J(N().getBool("IS_BROWSER"),()=>"Current environment is not a web browser"),J(typeof window>"u"||typeof window.localStorage<"u",()=>"Current browser does not appear to support localStorage"),this.LS=window.localStorage}async listModels(){let t={},e=pi+gr,o=gr+yy;for(let r=0;r<this.LS.length;++r){let s=this.LS.key(r);if(s.startsWith(e)&&s.endsWith(o)){let i=lD(s);t[i]=JSON.parse(this.LS.getItem(s))}}return t}async removeModel(t){t=cD(t);let e=Cy(t);if(this.LS.getItem(e.info)==null)throw new Error(`Cannot find model at path '${t}'`);let o=JSON.parse(this.LS.getItem(e.info));return Iy(e),o}};var Sy="://",Su=class n{constructor(){this.managers={}}static getInstance(){return n.instance==null&&(n.instance=new n),n.instance}static registerManager(t,e){J(t!=null,()=>"scheme must not be undefined or null."),t.endsWith(Sy)&&(t=t.slice(0,t.indexOf(Sy))),J(t.length>0,()=>"scheme must not be an empty string.");let o=n.getInstance();J(o.managers[t]==null,()=>`A model store manager is already registered for scheme '${t}'.`),o.managers[t]=e}static getManager(t){let e=n.getInstance().managers[t];if(e==null)throw new Error(`Cannot find model manager for scheme '${t}'`);return e}static getSchemes(){return Object.keys(n.getInstance().managers)}};var Gh=class{constructor(){this.messageName="setTimeoutCustom",this.functionRefs=[],this.handledMessageCount=0,this.hasEventListener=!1}fetch(t,e){return fetch(t,e)}now(){return performance.now()}encode(t,e){if(e!=="utf-8"&&e!=="utf8")throw new Error(`Browser's encoder only supports utf-8, but got ${e}`);return this.textEncoder==null&&(this.textEncoder=new TextEncoder),this.textEncoder.encode(t)}decode(t,e){return new TextDecoder(e).decode(t)}setTimeoutCustom(t,e){if(typeof window>"u"||!N().getBool("USE_SETTIMEOUTCUSTOM")){setTimeout(t,e);return}this.functionRefs.push(t),setTimeout(()=>{window.postMessage({name:this.messageName,index:this.functionRefs.length-1},"*")},e),this.hasEventListener||(this.hasEventListener=!0,window.addEventListener("message",o=>{if(o.source===window&&o.data.name===this.messageName){o.stopPropagation();let r=this.functionRefs[o.data.index];r(),this.handledMessageCount++,this.handledMessageCount===this.functionRefs.length&&(this.functionRefs=[],this.handledMessageCount=0)}},!0))}isTypedArray(t){return Hl(t)}};if(N().get("IS_BROWSER")){N().setPlatform("browser",new Gh);try{Su.registerManager(Bn.URL_SCHEME,new sc)}catch{}try{Su.registerManager(On.URL_SCHEME,new oc)}catch{}}var dD={importFetch:()=>vy()},Hh;var qh=class{constructor(){this.util=ky(),this.textEncoder=new this.util.TextEncoder}fetch(t,e){return N().global.fetch!=null?N().global.fetch(t,e):(Hh==null&&(Hh=dD.importFetch()),Hh(t,e))}now(){let t=process.hrtime();return t[0]*1e3+t[1]/1e6}encode(t,e){if(e!=="utf-8"&&e!=="utf8")throw new Error(`Node built-in encoder only supports utf-8, but got ${e}`);return this.textEncoder.encode(t)}decode(t,e){return t.length===0?"":new this.util.TextDecoder(e).decode(t)}isTypedArray(t){return this.util.types.isFloat32Array(t)||this.util.types.isInt32Array(t)||this.util.types.isUint8Array(t)||this.util.types.isUint8ClampedArray(t)}};N().get("IS_NODE")&&!N().get("IS_BROWSER")&&N().setPlatform("node",new qh);function ce(n,t="float32",e){return t=t||"float32",un(n),new Be(n,t,e)}function mD(n,t){let e=ie(n,"x","cast");if(!gh(t))throw new Error(`Failed to cast to unknown dtype ${t}`);if(t==="string"&&e.dtype!=="string"||t!=="string"&&e.dtype==="string")throw new Error("Only strings can be casted to strings");let o={x:e},r={dtype:t};return K.runKernel($n,o,r)}var Es=he({cast_:mD});function fD(n){let e={x:ie(n,"x","clone","string_or_numeric")};return K.runKernel(Mn,e)}var ac=he({clone_:fD});function _y(n,t=!1){console.log(n.toString(t))}Oh();var hD={buffer:ce,cast:Es,clone:ac,print:_y};oy(hD);function gD(n,t){let e=ie(n,"a","add"),o=ie(t,"b","add");[e,o]=At(e,o);let r={a:e,b:o};return K.runKernel("Add",r)}var Ee=he({add_:gD});function xD(n,t){let e=ie(n,"a","floorDiv"),o=ie(t,"b","floorDiv");[e,o]=At(e,o);let r={a:e,b:o};return K.runKernel(er,r)}var Ty=he({floorDiv_:xD});function bD(n,t){let e=ie(n,"a","div"),o=ie(t,"b","div");if([e,o]=At(e,o),e.dtype==="int32"&&o.dtype==="int32")return Ty(e,o);let r={a:e,b:o},s={};return K.runKernel(Jn,r,s)}var Dt=he({div_:bD});function yD(n,t){let e=ie(n,"a","mul"),o=ie(t,"b","mul");[e,o]=At(e,o);let r={a:e,b:o};return K.runKernel(or,r)}var ve=he({mul_:yD});function CD(n){let t=ie(n,"x","abs");if(t.dtype==="complex64"){let e={x:t};return K.runKernel(Na,e)}else{let e={x:t};return K.runKernel("Abs",e)}}var Ny=he({abs_:CD});function ID(n,t,e,o,r="NHWC",s){let i=n[3],u=[...t,i],l=Ay(r);return Xh(n,u,e,s,o,null,null,l)}function wD(n,t,e,o,r,s,i="channelsLast"){let[u,l]=vu(t),a;if(i==="channelsLast")a=[u,l,n[3],n[3]];else if(i==="channelsFirst")a=[u,l,n[1],n[1]];else throw new Error(`Unknown dataFormat ${i}`);return Xh(n,a,e,o,r,s,!1,i)}function SD(n,t,e,o,r,s,i="NDHWC"){let[u,l,a]=Kh(t),c,p;if(i==="NDHWC")p="channelsLast",c=[u,l,a,n[4],n[4]];else if(i==="NCDHW")p="channelsFirst",c=[u,l,a,n[1],n[1]];else throw new Error(`Unknown dataFormat ${i}`);return Ry(n,c,e,o,r,!1,p,s)}function Xh(n,t,e,o,r,s,i=!1,u="channelsLast"){let[l,a,c,p]=[-1,-1,-1,-1];if(u==="channelsLast")[l,a,c,p]=n;else if(u==="channelsFirst")[l,p,a,c]=n;else throw new Error(`Unknown dataFormat ${u}`);let[d,m,,f]=t,[h,g]=vu(e),[x,y]=vu(o),C=di(d,x),w=di(m,y),{padInfo:S,outHeight:v,outWidth:k}=_D(r,a,c,h,g,C,w,s,u),T=i?f*p:f,R;return u==="channelsFirst"?R=[l,T,v,k]:u==="channelsLast"&&(R=[l,v,k,T]),{batchSize:l,dataFormat:u,inHeight:a,inWidth:c,inChannels:p,outHeight:v,outWidth:k,outChannels:T,padInfo:S,strideHeight:h,strideWidth:g,filterHeight:d,filterWidth:m,effectiveFilterHeight:C,effectiveFilterWidth:w,dilationHeight:x,dilationWidth:y,inShape:n,outShape:R,filterShape:t}}function Ry(n,t,e,o,r,s=!1,i="channelsLast",u){let[l,a,c,p,d]=[-1,-1,-1,-1,-1];if(i==="channelsLast")[l,a,c,p,d]=n;else if(i==="channelsFirst")[l,d,a,c,p]=n;else throw new Error(`Unknown dataFormat ${i}`);let[m,f,h,,g]=t,[x,y,C]=Kh(e),[w,S,v]=Kh(o),k=di(m,w),T=di(f,S),R=di(h,v),{padInfo:A,outDepth:F,outHeight:D,outWidth:$}=TD(r,a,c,p,x,y,C,k,T,R,u),O=s?g*d:g,P;return i==="channelsFirst"?P=[l,O,F,D,$]:i==="channelsLast"&&(P=[l,F,D,$,O]),{batchSize:l,dataFormat:i,inDepth:a,inHeight:c,inWidth:p,inChannels:d,outDepth:F,outHeight:D,outWidth:$,outChannels:O,padInfo:A,strideDepth:x,strideHeight:y,strideWidth:C,filterDepth:m,filterHeight:f,filterWidth:h,effectiveFilterDepth:k,effectiveFilterHeight:T,effectiveFilterWidth:R,dilationDepth:w,dilationHeight:S,dilationWidth:v,inShape:n,outShape:P,filterShape:t}}function vD(n,t,e,o,r){o==null&&(o=Yh(n,t,e));let s=n[0],i=n[1],u=ku((s-t+2*o)/e+1,r),l=ku((i-t+2*o)/e+1,r);return[u,l]}function kD(n,t,e,o,r,s){r==null&&(r=Yh(n,t[0],o[0]));let i=[0,0,0,e];for(let u=0;u<3;u++)n[u]+2*r>=t[u]&&(i[u]=ku((n[u]-t[u]+2*r)/o[u]+1,s));return i}function Yh(n,t,e,o=1){let r=di(t,o);return Math.floor((n[0]*(e-1)-e+r)/2)}function vu(n){return typeof n=="number"?[n,n,n]:n.length===2?[n[0],n[1],1]:n}function Kh(n){return typeof n=="number"?[n,n,n]:n}function di(n,t){return t<=1?n:n+(n-1)*(t-1)}function _D(n,t,e,o,r,s,i,u,l){let a,c,p;if(typeof n=="number"){a={top:n,bottom:n,left:n,right:n,type:n===0?"VALID":"NUMBER"};let m=vD([t,e],s,o,n,u);c=m[0],p=m[1]}else if(n==="same"){c=Math.ceil(t/o),p=Math.ceil(e/r);let d=Math.max(0,(c-1)*o+s-t),m=Math.max(0,(p-1)*r+i-e),f=Math.floor(d/2),h=d-f,g=Math.floor(m/2),x=m-g;a={top:f,bottom:h,left:g,right:x,type:"SAME"}}else if(n==="valid")a={top:0,bottom:0,left:0,right:0,type:"VALID"},c=Math.ceil((t-s+1)/o),p=Math.ceil((e-i+1)/r);else if(typeof n=="object"){let d=l==="channelsLast"?n[1][0]:n[2][0],m=l==="channelsLast"?n[1][1]:n[2][1],f=l==="channelsLast"?n[2][0]:n[3][0],h=l==="channelsLast"?n[2][1]:n[3][1];a={top:d,bottom:m,left:f,right:h,type:d===0&&m===0&&f===0&&h===0?"VALID":"EXPLICIT"},c=ku((t-s+d+m)/o+1,u),p=ku((e-i+f+h)/r+1,u)}else throw Error(`Unknown padding parameter: ${n}`);return{padInfo:a,outHeight:c,outWidth:p}}function TD(n,t,e,o,r,s,i,u,l,a,c){let p,d,m,f;if(n==="valid"&&(n=0),typeof n=="number"){p={top:n,bottom:n,left:n,right:n,front:n,back:n,type:n===0?"VALID":"NUMBER"};let g=kD([t,e,o,1],[u,l,a],1,[r,s,i],n,c);d=g[0],m=g[1],f=g[2]}else if(n==="same"){d=Math.ceil(t/r),m=Math.ceil(e/s),f=Math.ceil(o/i);let h=(d-1)*r+u-t,g=(m-1)*s+l-e,x=(f-1)*i+a-o,y=Math.floor(h/2),C=h-y,w=Math.floor(g/2),S=g-w,v=Math.floor(x/2),k=x-v;p={top:w,bottom:S,left:v,right:k,front:y,back:C,type:"SAME"}}else throw Error(`Unknown padding parameter: ${n}`);return{padInfo:p,outDepth:d,outHeight:m,outWidth:f}}function ku(n,t){if(!t)return Math.trunc(n);switch(t){case"round":return Math.round(n);case"ceil":return Math.ceil(n);case"floor":return Math.floor(n);default:throw new Error(`Unknown roundingMode ${t}`)}}function jh(n){let[t,e,o]=vu(n);return t===1&&e===1&&o===1}function _u(n,t){return jh(n)||jh(t)}function ic(n){return vu(n).every(t=>t>0)}function Ay(n){if(n==="NHWC")return"channelsLast";if(n==="NCHW")return"channelsFirst";throw new Error(`Unknown dataFormat ${n}`)}function Tu(n,t,e){if(e!=null){if(typeof t=="string")throw Error(`Error in ${n}: pad must be an integer when using dimRoundingMode ${e} but got pad ${t}.`);if(typeof t=="number")J(pu(t),()=>`Error in ${n}: pad must be an integer when using dimRoundingMode ${e} but got pad ${t}.`);else if(typeof t=="object")t.forEach(o=>{o.forEach(r=>{J(pu(r),()=>`Error in ${n}: pad must be an integer when using dimRoundingMode ${e} but got pad ${r}.`)})});else throw Error(`Error in ${n}: Unknown padding parameter: ${t}`)}}function ND(n,t){let o={x:ie(n,"x","reshape","string_or_numeric")},r={shape:t};return K.runKernel(Ar,o,r)}var $t=he({reshape_:ND});function RD(n,t,e=!1,o=!1){let r=ie(n,"a","matMul"),s=ie(t,"b","matMul");[r,s]=At(r,s);let i={a:r,b:s},u={transposeA:e,transposeB:o};return K.runKernel(Zn,i,u)}var Zh=he({matMul_:RD});function AD(n){let e={x:ie(n,"x","sigmoid","float32")};return K.runKernel(ur,e)}var Fy=he({sigmoid_:AD});function ED(n,t){let e=ie(n,"broadcastTo","x"),o=e.shape;if(un(t),t.length<e.rank)throw new Error(`broadcastTo(): shape.length=${t.length} < input.rank=${e.rank}.`);if(t.length>e.rank){let a=e.shape.slice();for(;a.length<t.length;)a.unshift(1);e=$t(e,a)}let r=e.shape,s=Array.from(t);for(let a=t.length-1;a>=0;a--)if(r[a]===t[a])s[a]=1;else if(e.shape[a]!==1)throw new Error(`broadcastTo(): [${o}] cannot be broadcast to [${t}].`);if(s.map((a,c)=>a>1?c:-1).filter(a=>a>=0).length===0)return ac(e);let u={x:e},l={reps:s};return K.runKernel(pr,u,l)}var Qh=he({broadcastTo_:ED});function Dy(n,t,e){un(n),e=e||Tr(t);let o={shape:n,value:t,dtype:e};return K.runKernel(Rr,{},o)}function FD(n,t,e,o,r="NHWC",s=[1,1],i){let u=ie(n,"x","conv2d","float32"),l=ie(t,"filter","conv2d","float32"),a=u,c=!1;u.rank===3&&(c=!0,a=$t(u,[1,u.shape[0],u.shape[1],u.shape[2]])),J(a.rank===4,()=>`Error in conv2d: input must be rank 4, but got rank ${a.rank}.`),J(l.rank===4,()=>`Error in conv2d: filter must be rank 4, but got rank ${l.rank}.`),Tu("conv2d",o,i);let p=r==="NHWC"?a.shape[3]:a.shape[1];J(p===l.shape[2],()=>`Error in conv2d: depth of input (${p}) must match input depth for filter ${l.shape[2]}.`),J(_u(e,s),()=>`Error in conv2D: Either strides or dilations must be 1. Got strides ${e} and dilations '${s}'`),J(ic(s),()=>"Error in conv2D: Dilated rates should be larger than 0."),J(ic(e),()=>"Error in conv2D: Strides should be larger than 0.");let d={x:a,filter:l},m={strides:e,pad:o,dataFormat:r,dilations:s,dimRoundingMode:i},f=K.runKernel(Qn,d,m);return c?$t(f,[f.shape[1],f.shape[2],f.shape[3]]):f}var uc=he({conv2d_:FD});var vn={};Fn(vn,{assertAndGetBroadcastShape:()=>cc,getBroadcastDims:()=>$y,getReductionAxes:()=>lc});function $y(n,t){let e=n.length,o=[];for(let r=0;r<e;r++){let s=e-1-r,i=n[s]||1;(t[t.length-1-r]||1)>1&&i===1&&o.unshift(s)}return o}function lc(n,t){let e=[];for(let o=0;o<t.length;o++){let r=n[n.length-o-1],s=t.length-o-1,i=t[s];(r==null||r===1&&i>1)&&e.unshift(s)}return e}function cc(n,t){let e=Math.max(n.length,t.length),o=new Array(e);for(let r=0;r<e;r++){let s=n[n.length-r-1];s==null&&(s=1);let i=t[t.length-r-1];if(i==null&&(i=1),s===1)o[e-r-1]=i;else if(i===1)o[e-r-1]=s;else if(s!==i){let u=`Operands could not be broadcast together with shapes ${n} and ${t}.`;throw Error(u)}else o[e-r-1]=s}return o}function DD(n){let e={x:ie(n,"x","zerosLike")};return K.runKernel(Er,e)}var Mt=he({zerosLike_:DD});function $D(n){let e={x:ie(n,"x","elu","float32")};return K.runKernel("Elu",e)}var My=he({elu_:$D});function Jh(n,t){for(let e=0;e<n.length;++e)if(n[n.length-e-1]!==t-1-e)return!1;return!0}function Py(n,t,e){let o=n.length+t.length,r=[],s=0,i=0;for(let u=0;u<o;u++)e.indexOf(u)===-1?r.push(n[s++]):r.push(t[i++]);return r}function MD(n,t){let e=[],o=n.length;for(let s=0;s<o;s++)t.indexOf(s)===-1&&e.push(n[s]);let r=t.map(s=>n[s]);return[e,r]}function PD(n,t){let e=t.map(o=>1);return Py(n,e,t)}function OD(n,t,e){J(Jh(t,e),()=>`${n} supports only inner-most axes for now. Got axes ${t} and rank-${e} input.`)}function BD(n,t){if(Jh(n,t))return null;let e=[];for(let o=0;o<t;++o)n.indexOf(o)===-1&&e.push(o);return n.forEach(o=>e.push(o)),e}function LD(n){return n.map((t,e)=>[e,t]).sort((t,e)=>t[1]-e[1]).map(t=>t[0])}function VD(n,t){let e=[];for(let o=t-n;o<t;++o)e.push(o);return e}function WD(n,t){let e=ie(n,"base","pow"),o=ie(t,"exp","pow");[e,o]=At(e,o);let r={a:e,b:o};return K.runKernel("Pow",r)}var eg=he({pow_:WD});function Pt(n,t){if((_t(n)&&t!=="string"||Array.isArray(n))&&t!=="complex64")throw new Error("Error creating a new Scalar: value must be a primitive (number|boolean|string)");if(t==="string"&&_t(n)&&!(n instanceof Uint8Array))throw new Error("When making a scalar from encoded string, the value must be `Uint8Array`.");return li(n,[],[],t)}function UD(n){let e={x:ie(n,"x","sqrt","float32")};return K.runKernel(lr,e)}var kn=he({sqrt_:UD});function zD(n){let t=ie(n,"x","square"),e={};return K.runKernel("Square",{x:t},e)}var _n=he({square_:zD});function GD(n,t=null,e=!1){let o=ie(n,"x","sum");o.dtype==="bool"&&(o=Es(o,"int32"));let r={x:o},s={axis:t,keepDims:e};return K.runKernel("Sum",r,s)}var Oy=he({sum_:GD});function HD(n,t=.2){let o={x:ie(n,"x","leakyRelu")},r={alpha:t};return K.runKernel(tr,o,r)}var By=he({leakyRelu_:HD});function Ly(n,t){J(xa(n),()=>"The f passed in variableGrads(f) must be a function"),J(t==null||Array.isArray(t)&&t.every(a=>a instanceof mr),()=>"The varList passed in variableGrads(f, varList) must be an array of variables");let e=t!=null;if(!e){t=[];for(let a in K.registeredVariables)t.push(K.registeredVariables[a])}let o=e?t.filter(a=>!a.trainable):null,r=t.length;t=t.filter(a=>a.trainable),J(t.length>0,()=>`variableGrads() expects at least one of the input variables to be trainable, but none of the ${r} variables is trainable.`);let s=!0,{value:i,grads:u}=K.gradients(n,t,null,s);J(u.some(a=>a!=null),()=>"Cannot find a connection between any variable and the result of the loss function y=f(x). Please make sure the operations that use variables are inside the function f passed to minimize()."),J(i.rank===0,()=>`The f passed in variableGrads(f) must return a scalar, but it returned a rank-${i.rank} tensor`);let l={};return t.forEach((a,c)=>{u[c]!=null&&(l[a.name]=u[c])}),o?.forEach(a=>l[a.name]=null),{value:i,grads:l}}function qD(n,t){let e=ie(n,"a","sub"),o=ie(t,"b","sub");[e,o]=At(e,o);let r={a:e,b:o};return K.runKernel("Sub",r)}var xr=he({sub_:qD});function KD(n,t,e,o,r){let s=ie(n,"x","maxPool"),i=1,u=s,l=!1;s.rank===3&&(l=!0,u=$t(s,[1,s.shape[0],s.shape[1],s.shape[2]])),J(u.rank===4,()=>`Error in maxPool: input must be rank 4 but got rank ${u.rank}.`),J(_u(e,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${e} and dilations '${i}'`),Tu("maxPool",o,r);let a={x:u},c={filterSize:t,strides:e,pad:o,dimRoundingMode:r},p=K.runKernel(rr,a,c);return l?$t(p,[p.shape[1],p.shape[2],p.shape[3]]):p}var tg=he({maxPool_:KD});function jD(n,t){let e=ie(n,"a","maximum"),o=ie(t,"b","maximum");[e,o]=At(e,o),e.dtype==="bool"&&(e=Es(e,"int32"),o=Es(o,"int32")),cc(e.shape,o.shape);let r={a:e,b:o};return K.runKernel(nr,r)}var Vy=he({maximum_:jD});function br(n,t="float32"){if(un(n),t==="complex64"){let o=br(n,"float32"),r=br(n,"float32");return ec(o,r)}let e=ya(Ye(n),t);return K.makeTensor(e,n,t)}function pc(n,t="float32"){if(un(n),t==="complex64"){let o=pc(n,"float32"),r=br(n,"float32");return ec(o,r)}let e=du(Ye(n),t);return K.makeTensor(e,n,t)}function XD(n,t){let e=ie(n,"x","prelu"),o=ie(t,"alpha","prelu"),r={x:e,alpha:o};return K.runKernel(sr,r)}var Wy=he({prelu_:XD});function n$(n){let e={x:ie(n,"x","relu")};return K.runKernel(ar,e)}var mi=he({relu_:n$});function r$(n){let e={x:ie(n,"x","relu6")};return K.runKernel(ir,e)}var sC=he({relu6_:r$});function o$(n,t=-1){let e=ie(n,"logits","softmax","float32");if(t===-1&&(t=e.rank-1),t!==e.rank-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${e.rank} and dim was ${t}`);let o={logits:e},r={dim:t};return K.runKernel(cr,o,r)}var ug=he({softmax_:o$});function s$(n,t=0){let o={x:ie(n,"x","step")},r={alpha:t};return K.runKernel(Pn,o,r)}var aC=he({step_:s$});function lg(n,t,e){if(fh(n),t!=null&&t.length!==4)throw new Error("tensor4d() requires shape to have four numbers");let o=Iu(n,e);if(o.length!==4&&o.length!==1)throw new Error("tensor4d() requires values to be number[][][][] or flat/TypedArray");if(o.length===1&&t==null)throw new Error("tensor4d() requires shape to be provided when `values` are a flat array");return li(n,t,o,e)}var fi={};Fn(fi,{calculateShapes:()=>uC,validateInput:()=>iC,validateUpdateShape:()=>cg});function cg(n,t,e){let o=t.rank>1?t.shape[t.rank-1]:1,r=t.rank>1?t.rank-1:1,s=`Must have updates.shape = indices.shape[:batchDim] + shape[sliceDim:], got updates.shape: ${e.shape}, indices.shape: ${t.shape}, shape: ${n}, sliceDim: ${o}, and batchDim: ${r}.`;if(e.rank<r)throw new Error(s+` update.rank < ${r}. `);if(n.length<o+(e.rank-r))throw new Error(s+` Output shape length < ${o+(e.rank-r)}`);if(e.rank!==r+n.length-o)throw new Error(s+` update.rank != ${r+n.length-o}`);for(let i=0;i<r;++i)if(e.shape[i]!==t.shape[i])throw new Error(s+` updates.shape[${i}] (${e.shape[i]}) != indices.shape[${i}] (${t.shape[i]}).`);for(let i=0;i<e.rank-r;++i)if(e.shape[i+r]!==n[i+o])throw new Error(s+` updates.shape[${i+r}] (${e.shape[i+r]}) != shape[${i+r}] (${n[i+r]})`)}function iC(n,t,e){if(t.rank<1)throw new Error(`tf.scatterND() expects the indices to be rank 1 or higher, but the rank was ${t.rank}.`);if(n.rank<1)throw new Error(`tf.scatterND() expects the updates to be rank 1 or higher, but the rank was ${n.rank}.`);if(t.dtype!=="int32")throw new Error(`The dtype of 'indices' should be int32, but got dtype: ${t.dtype}`);if(e.length<1)throw new Error(`Output rank must be greater or equal to 1, but got shape: ${e}`);if(e.length===0){if(t.size===0)throw new Error(`Indices specified for empty output. indices shape: ${t.shape}`);if(n.size===0)throw new Error(`Updates specified for empty output. updates shape: ${n.shape}`)}cg(e,t,n)}function uC(n,t,e){let o=t.shape.length,r=o>1?t.shape[o-1]:1,s=e.length,i=1;for(let p=r;p<s;++p)i*=e[p];let u=r<1?1:r,l=Ye(t.shape)/u,a=[...Dn(e.slice(0,r)),1],c=Ye(e);return{sliceRank:r,numUpdates:l,sliceSize:i,strides:a,outputSize:c}}function lC(n,t){let e=[];for(let s=0;s<t.length;s++)t[s]&&e.push(s);let o=ce(n,"int32"),r=ce([e.length,n.length],"int32");for(let s=0;s<e.length;s++){let i=o.indexToLoc(e[s]),u=s*n.length;r.values.set(i,u)}return r.toTensor()}function a$(n,t,e){if(e==null||e==="linear")return n;if(e==="relu")return ve(n,aC(t));throw new Error(`Cannot compute gradient for fused activation ${e}.`)}function i$(n,t){let e=t,o=lc(n.shape,t.shape);return o.length>0&&(e=Oy(e,o)),$t(e,n.shape)}function u$(n,t,e,o){if(t==="linear")return n;if(t==="relu")return mi(n);if(t==="elu")return My(n);if(t==="relu6")return sC(n);if(t==="prelu")return Wy(n,e);if(t==="leakyrelu")return By(n,o);if(t==="sigmoid")return Fy(n);throw new Error(`Unknown fused activation ${t}.`)}var l$=(n,t)=>!(n>0)||t==="linear";function cC(n,t,e){let o=c$(n,t,e),r=o<0?-(o+1):o;n.splice(r,0,t)}function c$(n,t,e){return d$(n,t,e||p$)}function p$(n,t){return n>t?1:n<t?-1:0}function d$(n,t,e){let o=0,r=n.length,s=0,i=!1;for(;o<r;){s=o+(r-o>>>1);let u=e(t,n[s]);u>0?o=s+1:(r=s,i=!u)}return i?o:-o-1}function dC(n,t,e,o,r){return pg(n,t,e,o,r,0)}function mC(n,t,e,o,r,s){return pg(n,t,e,o,r,0,!1,s,!0)}function fC(n,t,e,o,r,s){return pg(n,t,e,o,r,s,!0)}function pg(n,t,e,o,r,s,i=!1,u=!1,l=!1){let a=[];for(let g=0;g<t.length;g++)t[g]>r&&a.push({score:t[g],boxIndex:g,suppressBeginIndex:0});a.sort(pC);let c=s>0?-.5/s:0,p=[],d=[];for(;p.length<e&&a.length>0;){let g=a.pop(),{score:x,boxIndex:y,suppressBeginIndex:C}=g;if(x<r)break;let w=!1;for(let S=p.length-1;S>=C;--S){let v=m$(n,y,p[S]);if(v>=o){w=!0;break}if(g.score=g.score*f$(o,c,v),g.score<=r)break}g.suppressBeginIndex=p.length,w||(g.score===x?(p.push(y),d.push(g.score)):g.score>r&&cC(a,g,pC))}let m=p.length,f=e-m;u&&f>0&&(p.push(...new Array(f).fill(0)),d.push(...new Array(f).fill(0)));let h={selectedIndices:p};return i&&(h.selectedScores=d),l&&(h.validOutputs=m),h}function m$(n,t,e){let o=n.subarray(t*4,t*4+4),r=n.subarray(e*4,e*4+4),s=Math.min(o[0],o[2]),i=Math.min(o[1],o[3]),u=Math.max(o[0],o[2]),l=Math.max(o[1],o[3]),a=Math.min(r[0],r[2]),c=Math.min(r[1],r[3]),p=Math.max(r[0],r[2]),d=Math.max(r[1],r[3]),m=(u-s)*(l-i),f=(p-a)*(d-c);if(m<=0||f<=0)return 0;let h=Math.max(s,a),g=Math.max(i,c),x=Math.min(u,p),y=Math.min(l,d),C=Math.max(x-h,0)*Math.max(y-g,0);return C/(m+f-C)}function f$(n,t,e){let o=Math.exp(t*e*e);return e<=n?o:0}function pC(n,t){return n.score-t.score||n.score===t.score&&t.boxIndex-n.boxIndex}var h$=new Map,g$=new Map,mc=class{getClassName(){return this.constructor.className}static fromConfig(t,e){return new t(e)}},dg=class n{constructor(){this.classNameMap={}}static getMap(){return n.instance==null&&(n.instance=new n),n.instance}static register(t){n.getMap().classNameMap[t.className]=[t,t.fromConfig]}};function hC(n,t,e){J(n.className!=null,()=>"Class being registered does not have the static className property defined."),J(typeof n.className=="string",()=>"className is required to be a string, but got type "+typeof n.className),J(n.className.length>0,()=>"Class being registered has an empty-string as its className, which is disallowed."),typeof t>"u"&&(t="Custom"),typeof e>"u"&&(e=n.className);let o=e,r=t+">"+o;return dg.register(n),h$.set(r,n),g$.set(n,r),n}var Ot=class extends mc{minimize(t,e=!1,o){let{value:r,grads:s}=this.computeGradients(t,o);if(o!=null){let i=o.map(u=>({name:u.name,tensor:s[u.name]}));this.applyGradients(i)}else this.applyGradients(s);return dt(s),e?r:(r.dispose(),null)}get iterations(){return this.iterations_==null&&(this.iterations_=0),this.iterations_}incrementIterations(){this.iterations_=this.iterations+1}computeGradients(t,e){return Ly(t,e)}dispose(){this.iterations_!=null&&dt(this.iterations_)}async saveIterations(){return this.iterations_==null&&(this.iterations_=0),{name:"iter",tensor:Pt(this.iterations_,"int32")}}async getWeights(){throw new Error("getWeights() is not implemented for this optimizer yet.")}async setWeights(t){throw new Error(`setWeights() is not implemented for this optimizer class ${this.getClassName()}`)}async extractIterations(t){return this.iterations_=(await t[0].tensor.data())[0],t.slice(1)}};Object.defineProperty(Ot,Symbol.hasInstance,{value:n=>n.minimize!=null&&n.computeGradients!=null&&n.applyGradients!=null});var fc=class extends Ot{static get className(){return"Adadelta"}constructor(t,e,o=null){super(),this.learningRate=t,this.rho=e,this.epsilon=o,this.accumulatedGrads=[],this.accumulatedUpdates=[],o==null&&(this.epsilon=K.backend.epsilon())}applyGradients(t){(Array.isArray(t)?t.map(o=>o.name):Object.keys(t)).forEach((o,r)=>{let s=K.registeredVariables[o],i=!1;this.accumulatedGrads[r]==null&&(this.accumulatedGrads[r]={originalName:`${o}/accum_grad`,variable:Ve(()=>Mt(s).variable(i))}),this.accumulatedUpdates[r]==null&&(this.accumulatedUpdates[r]={originalName:`${o}/accum_var`,variable:Ve(()=>Mt(s).variable(i))});let u=Array.isArray(t)?t[r].tensor:t[o];if(u==null)return;let l=this.accumulatedGrads[r].variable,a=this.accumulatedUpdates[r].variable;Ve(()=>{let c=Ee(ve(l,this.rho),ve(_n(u),1-this.rho)),p=ve(Dt(kn(Ee(a,this.epsilon)),kn(Ee(l,this.epsilon))),u),d=Ee(ve(a,this.rho),ve(_n(p),1-this.rho));l.assign(c),a.assign(d);let m=Ee(ve(p,-this.learningRate),s);s.assign(m)})}),this.incrementIterations()}dispose(){this.accumulatedUpdates!=null&&(dt(this.accumulatedGrads.map(t=>t.variable)),dt(this.accumulatedUpdates.map(t=>t.variable)))}async getWeights(){let t=[...this.accumulatedGrads,...this.accumulatedUpdates];return[await this.saveIterations()].concat(t.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(t){t=await this.extractIterations(t);let e=t.length/2,o=!1;this.accumulatedGrads=t.slice(0,e).map(r=>({originalName:r.name,variable:r.tensor.variable(o)})),this.accumulatedUpdates=t.slice(e,e*2).map(r=>({originalName:r.name,variable:r.tensor.variable(o)}))}getConfig(){return{learningRate:this.learningRate,rho:this.rho,epsilon:this.epsilon}}static fromConfig(t,e){return new t(e.learningRate,e.rho,e.epsilon)}};var hc=class extends Ot{static get className(){return"Adagrad"}constructor(t,e=.1){super(),this.learningRate=t,this.initialAccumulatorValue=e,this.accumulatedGrads=[]}applyGradients(t){(Array.isArray(t)?t.map(o=>o.name):Object.keys(t)).forEach((o,r)=>{let s=K.registeredVariables[o];this.accumulatedGrads[r]==null&&(this.accumulatedGrads[r]={originalName:`${o}/accumulator`,variable:Ve(()=>Dy(s.shape,this.initialAccumulatorValue).variable(!1))});let i=Array.isArray(t)?t[r].tensor:t[o];if(i==null)return;let u=this.accumulatedGrads[r].variable;Ve(()=>{let l=Ee(u,_n(i));u.assign(l);let a=Ee(ve(Dt(i,kn(Ee(l,K.backend.epsilon()))),-this.learningRate),s);s.assign(a)})}),this.incrementIterations()}dispose(){this.accumulatedGrads!=null&&dt(this.accumulatedGrads.map(t=>t.variable))}async getWeights(){return[await this.saveIterations()].concat(this.accumulatedGrads.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(t){t=await this.extractIterations(t);let e=!1;this.accumulatedGrads=t.map(o=>({originalName:o.name,variable:o.tensor.variable(e)}))}getConfig(){return{learningRate:this.learningRate,initialAccumulatorValue:this.initialAccumulatorValue}}static fromConfig(t,e){return new t(e.learningRate,e.initialAccumulatorValue)}};var gc=class extends Ot{static get className(){return"Adam"}constructor(t,e,o,r=null){super(),this.learningRate=t,this.beta1=e,this.beta2=o,this.epsilon=r,this.accumulatedFirstMoment=[],this.accumulatedSecondMoment=[],Ve(()=>{this.accBeta1=Pt(e).variable(),this.accBeta2=Pt(o).variable()}),r==null&&(this.epsilon=K.backend.epsilon())}applyGradients(t){let e=Array.isArray(t)?t.map(o=>o.name):Object.keys(t);Ve(()=>{let o=xr(1,this.accBeta1),r=xr(1,this.accBeta2);e.forEach((s,i)=>{let u=K.registeredVariables[s],l=!1;this.accumulatedFirstMoment[i]==null&&(this.accumulatedFirstMoment[i]={originalName:`${s}/m`,variable:Ve(()=>Mt(u).variable(l))}),this.accumulatedSecondMoment[i]==null&&(this.accumulatedSecondMoment[i]={originalName:`${s}/v`,variable:Ve(()=>Mt(u).variable(l))});let a=Array.isArray(t)?t[i].tensor:t[s];if(a==null)return;let c=this.accumulatedFirstMoment[i].variable,p=this.accumulatedSecondMoment[i].variable,d=Ee(ve(c,this.beta1),ve(a,1-this.beta1)),m=Ee(ve(p,this.beta2),ve(_n(a),1-this.beta2)),f=Dt(d,o),h=Dt(m,r);c.assign(d),p.assign(m);let g=Ee(ve(Dt(f,Ee(kn(h),this.epsilon)),-this.learningRate),u);u.assign(g)}),this.accBeta1.assign(ve(this.accBeta1,this.beta1)),this.accBeta2.assign(ve(this.accBeta2,this.beta2))}),this.incrementIterations()}dispose(){this.accBeta1.dispose(),this.accBeta2.dispose(),this.accumulatedFirstMoment!=null&&dt(this.accumulatedFirstMoment.map(t=>t.variable)),this.accumulatedSecondMoment!=null&&dt(this.accumulatedSecondMoment.map(t=>t.variable))}async getWeights(){let t=[...this.accumulatedFirstMoment,...this.accumulatedSecondMoment];return[await this.saveIterations()].concat(t.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(t){t=await this.extractIterations(t),Ve(()=>{this.accBeta1.assign(eg(this.beta1,this.iterations_+1)),this.accBeta2.assign(eg(this.beta2,this.iterations_+1))});let e=t.length/2,o=!1;this.accumulatedFirstMoment=t.slice(0,e).map(r=>({originalName:r.name,variable:r.tensor.variable(o)})),this.accumulatedSecondMoment=t.slice(e,e*2).map(r=>({originalName:r.name,variable:r.tensor.variable(o)}))}getConfig(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon}}static fromConfig(t,e){return new t(e.learningRate,e.beta1,e.beta2,e.epsilon)}};var xc=class extends Ot{static get className(){return"Adamax"}constructor(t,e,o,r=null,s=0){super(),this.learningRate=t,this.beta1=e,this.beta2=o,this.epsilon=r,this.decay=s,this.accumulatedFirstMoment=[],this.accumulatedWeightedInfNorm=[],Ve(()=>{this.iteration=Pt(0).variable(),this.accBeta1=Pt(e).variable()}),r==null&&(this.epsilon=K.backend.epsilon())}applyGradients(t){let e=Array.isArray(t)?t.map(o=>o.name):Object.keys(t);Ve(()=>{let o=xr(1,this.accBeta1),r=Dt(-this.learningRate,Ee(ve(this.iteration,this.decay),1));e.forEach((s,i)=>{let u=K.registeredVariables[s],l=!1;this.accumulatedFirstMoment[i]==null&&(this.accumulatedFirstMoment[i]={originalName:`${s}/m`,variable:Mt(u).variable(l)}),this.accumulatedWeightedInfNorm[i]==null&&(this.accumulatedWeightedInfNorm[i]={originalName:`${s}/v`,variable:Mt(u).variable(l)});let a=Array.isArray(t)?t[i].tensor:t[s];if(a==null)return;let c=this.accumulatedFirstMoment[i].variable,p=this.accumulatedWeightedInfNorm[i].variable,d=Ee(ve(c,this.beta1),ve(a,1-this.beta1)),m=ve(p,this.beta2),f=Ny(a),h=Vy(m,f);c.assign(d),p.assign(h);let g=Ee(ve(Dt(r,o),Dt(d,Ee(h,this.epsilon))),u);u.assign(g)}),this.iteration.assign(Ee(this.iteration,1)),this.accBeta1.assign(ve(this.accBeta1,this.beta1))}),this.incrementIterations()}dispose(){this.accBeta1.dispose(),this.iteration.dispose(),this.accumulatedFirstMoment!=null&&dt(this.accumulatedFirstMoment.map(t=>t.variable)),this.accumulatedWeightedInfNorm!=null&&dt(this.accumulatedWeightedInfNorm.map(t=>t.variable))}async getWeights(){throw new Error("getWeights() is not implemented for Adamax yet.")}async setWeights(t){throw new Error("setWeights() is not implemented for Adamax yet.")}getConfig(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon,decay:this.decay}}static fromConfig(t,e){return new t(e.learningRate,e.beta1,e.beta2,e.epsilon,e.decay)}};var hi=class extends Ot{static get className(){return"SGD"}constructor(t){super(),this.learningRate=t,this.setLearningRate(t)}applyGradients(t){(Array.isArray(t)?t.map(o=>o.name):Object.keys(t)).forEach((o,r)=>{let s=Array.isArray(t)?t[r].tensor:t[o];if(s==null)return;let i=K.registeredVariables[o];Ve(()=>{let u=Ee(ve(this.c,s),i);i.assign(u)})}),this.incrementIterations()}setLearningRate(t){this.learningRate=t,this.c!=null&&this.c.dispose(),this.c=cy(Pt(-t))}dispose(){this.c.dispose()}async getWeights(){return[await this.saveIterations()]}async setWeights(t){if(t=await this.extractIterations(t),t.length!==0)throw new Error("SGD optimizer does not have settable weights.")}getConfig(){return{learningRate:this.learningRate}}static fromConfig(t,e){return new t(e.learningRate)}};var bc=class extends hi{static get className(){return"Momentum"}constructor(t,e,o=!1){super(t),this.learningRate=t,this.momentum=e,this.useNesterov=o,this.accumulations=[],this.m=Pt(this.momentum)}applyGradients(t){(Array.isArray(t)?t.map(o=>o.name):Object.keys(t)).forEach((o,r)=>{let s=K.registeredVariables[o];this.accumulations[r]==null&&(this.accumulations[r]={originalName:`${o}/momentum`,variable:Ve(()=>Mt(s).variable(!1))});let i=this.accumulations[r].variable,u=Array.isArray(t)?t[r].tensor:t[o];u!=null&&Ve(()=>{let l,a=Ee(ve(this.m,i),u);this.useNesterov?l=Ee(ve(this.c,Ee(u,ve(a,this.m))),s):l=Ee(ve(this.c,a),s),i.assign(a),s.assign(l)})}),this.incrementIterations()}dispose(){this.m.dispose(),this.accumulations!=null&&dt(this.accumulations.map(t=>t.variable))}setMomentum(t){this.momentum=t}async getWeights(){return[await this.saveIterations()].concat(this.accumulations.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(t){t=await this.extractIterations(t);let e=!1;this.accumulations=t.map(o=>({originalName:o.name,variable:o.tensor.variable(e)}))}getConfig(){return{learningRate:this.learningRate,momentum:this.momentum,useNesterov:this.useNesterov}}static fromConfig(t,e){return new t(e.learningRate,e.momentum,e.useNesterov)}};var yc=class extends Ot{static get className(){return"RMSProp"}constructor(t,e=.9,o=0,r=null,s=!1){if(super(),this.learningRate=t,this.decay=e,this.momentum=o,this.epsilon=r,this.accumulatedMeanSquares=[],this.accumulatedMoments=[],this.accumulatedMeanGrads=[],this.centered=s,r==null&&(this.epsilon=K.backend.epsilon()),t==null)throw new Error("learningRate for RMSPropOptimizer must be defined.")}applyGradients(t){(Array.isArray(t)?t.map(o=>o.name):Object.keys(t)).forEach((o,r)=>{let s=K.registeredVariables[o],i=!1;this.accumulatedMeanSquares[r]==null&&(this.accumulatedMeanSquares[r]={originalName:`${o}/rms`,variable:Ve(()=>Mt(s).variable(i))}),this.accumulatedMoments[r]==null&&(this.accumulatedMoments[r]={originalName:`${o}/momentum`,variable:Ve(()=>Mt(s).variable(i))}),this.accumulatedMeanGrads[r]==null&&this.centered&&(this.accumulatedMeanGrads[r]={originalName:`${o}/mg`,variable:Ve(()=>Mt(s).variable(i))});let u=Array.isArray(t)?t[r].tensor:t[o];if(u==null)return;let l=this.accumulatedMeanSquares[r].variable,a=this.accumulatedMoments[r].variable;Ve(()=>{let c=Ee(ve(l,this.decay),ve(_n(u),1-this.decay));if(this.centered){let p=this.accumulatedMeanGrads[r].variable,d=Ee(ve(p,this.decay),ve(u,1-this.decay)),m=Dt(ve(u,this.learningRate),kn(xr(c,Ee(_n(d),this.epsilon)))),f=Ee(ve(a,this.momentum),m);l.assign(c),p.assign(d),a.assign(f);let h=xr(s,f);s.assign(h)}else{let p=Ee(ve(l,this.decay),ve(_n(u),1-this.decay)),d=Ee(ve(a,this.momentum),Dt(ve(u,this.learningRate),kn(Ee(p,this.epsilon))));l.assign(p),a.assign(d);let m=xr(s,d);s.assign(m)}})}),this.incrementIterations()}dispose(){this.accumulatedMeanSquares!=null&&dt(this.accumulatedMeanSquares.map(t=>t.variable)),this.accumulatedMeanGrads!=null&&this.centered&&dt(this.accumulatedMeanGrads.map(t=>t.variable)),this.accumulatedMoments!=null&&dt(this.accumulatedMoments.map(t=>t.variable))}async getWeights(){let t=[...this.accumulatedMeanSquares,...this.accumulatedMoments];return this.centered&&t.push(...this.accumulatedMeanGrads),[await this.saveIterations()].concat(t.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(t){t=await this.extractIterations(t);let e=this.centered?t.length/3:t.length/2,o=!1;this.accumulatedMeanSquares=t.slice(0,e).map(r=>({originalName:r.name,variable:r.tensor.variable(o)})),this.accumulatedMoments=t.slice(e,e*2).map(r=>({originalName:r.name,variable:r.tensor.variable(o)})),this.centered&&(this.accumulatedMeanGrads=t.slice(e*2,e*3).map(r=>({originalName:r.name,variable:r.tensor.variable(o)})))}getConfig(){return{learningRate:this.learningRate,decay:this.decay,momentum:this.momentum,epsilon:this.epsilon,centered:this.centered}}static fromConfig(t,e){return new t(e.learningRate,e.decay,e.momentum,e.epsilon,e.centered)}};var x$=[fc,hc,gc,xc,bc,yc,hi];function gC(){for(let n of x$)hC(n)}var b$="model",y$=".json",C$=".weights.bin";function xC(n){return new Promise(t=>setTimeout(t)).then(n)}var gi=class n{constructor(t){if(!N().getBool("IS_BROWSER"))throw new Error("browserDownloads() cannot proceed because the current environment is not a browser.");t.startsWith(n.URL_SCHEME)&&(t=t.slice(n.URL_SCHEME.length)),(t==null||t.length===0)&&(t=b$),this.modelJsonFileName=t+y$,this.weightDataFileName=t+C$}async save(t){if(typeof document>"u")throw new Error("Browser downloads are not supported in this environment since `document` is not present");let e=jt.join(t.weightData),o=window.URL.createObjectURL(new Blob([e],{type:"application/octet-stream"}));if(t.modelTopology instanceof ArrayBuffer)throw new Error("BrowserDownloads.save() does not support saving model topology in binary formats yet.");{let r=[{paths:["./"+this.weightDataFileName],weights:t.weightSpecs}],s=tc(t,r),i=window.URL.createObjectURL(new Blob([JSON.stringify(s)],{type:"application/json"})),u=this.modelJsonAnchor==null?document.createElement("a"):this.modelJsonAnchor;if(u.download=this.modelJsonFileName,u.href=i,await xC(()=>u.dispatchEvent(new MouseEvent("click"))),t.weightData!=null){let l=this.weightDataAnchor==null?document.createElement("a"):this.weightDataAnchor;l.download=this.weightDataFileName,l.href=o,await xC(()=>l.dispatchEvent(new MouseEvent("click")))}return{modelArtifactsInfo:hr(t)}}}};gi.URL_SCHEME="downloads://";var I$=n=>N().getBool("IS_BROWSER")&&!Array.isArray(n)&&n.startsWith(gi.URL_SCHEME)?w$(n.slice(gi.URL_SCHEME.length)):null;Yt.registerSaveRouter(I$);function w$(n="model"){return new gi(n)}function mg(n,t,e,o){i(n),e=e??0,o=o??1,u(e,o);let r=0,s=l=>(l.then(a=>{let c=e+ ++r/n.length*(o-e);return t(c),a}),l);function i(l){J(l!=null&&Array.isArray(l)&&l.length>0,()=>"promises must be a none empty array")}function u(l,a){J(l>=0&&l<=1,()=>`Progress fraction must be in range [0, 1], but got startFraction ${l}`),J(a>=0&&a<=1,()=>`Progress fraction must be in range [0, 1], but got endFraction ${a}`),J(a>=l,()=>`startFraction must be no more than endFraction, but got startFraction ${l} and endFraction ${a}`)}return Promise.all(n.map(s))}async function bC(n,t){t==null&&(t={});let e=t.fetchFunc==null?N().platform.fetch:t.fetchFunc,o=n.map(p=>e(p,t.requestInit,{isBinary:!0})),u=(t.onProgress==null?await Promise.all(o):await mg(o,t.onProgress,0,.5)).map(p=>p.arrayBuffer());return t.onProgress==null?await Promise.all(u):await mg(u,t.onProgress,.5,1)}function yC(n,t){var e;let o=t.fetchFunc==null?N().platform.fetch:t.fetchFunc,r=0,s;return(e=t.onProgress)===null||e===void 0||e.call(t,0),new ReadableStream({pull:async i=>{for(var u;r<n.length;){s||(s=(await o(n[r],t.requestInit,{isBinary:!0})).body.getReader());let{done:l,value:a}=await s.read();if(l){r++,s=void 0,(u=t.onProgress)===null||u===void 0||u.call(t,r/n.length);continue}i.enqueue(a);return}i.close()}})}var v$="application/octet-stream",k$="application/json",Nu=class{constructor(t,e){if(this.DEFAULT_METHOD="POST",e==null&&(e={}),this.weightPathPrefix=e.weightPathPrefix,this.weightUrlConverter=e.weightUrlConverter,e.fetchFunc!=null?(J(typeof e.fetchFunc=="function",()=>"Must pass a function that matches the signature of `fetch` (see https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API)"),this.fetch=e.fetchFunc):this.fetch=N().platform.fetch,J(t!=null&&t.length>0,()=>"URL path for http must not be null, undefined or empty."),Array.isArray(t)&&J(t.length===2,()=>`URL paths for http must have a length of 2, (actual length is ${t.length}).`),this.path=t,e.requestInit!=null&&e.requestInit.body!=null)throw new Error("requestInit is expected to have no pre-existing body, but has one.");this.requestInit=e.requestInit||{},this.loadOptions=e}async save(t){if(t.modelTopology instanceof ArrayBuffer)throw new Error("BrowserHTTPRequest.save() does not support saving model topology in binary formats yet.");let e=Object.assign({method:this.DEFAULT_METHOD},this.requestInit);e.body=new FormData;let o=[{paths:["./model.weights.bin"],weights:t.weightSpecs}],r=tc(t,o);if(e.body.append("model.json",new Blob([JSON.stringify(r)],{type:k$}),"model.json"),t.weightData!=null){let i=jt.join(t.weightData);e.body.append("model.weights.bin",new Blob([i],{type:v$}),"model.weights.bin")}let s=await this.fetch(this.path,e);if(s.ok)return{modelArtifactsInfo:hr(t),responses:[s]};throw new Error(`BrowserHTTPRequest.save() failed due to HTTP response status ${s.status}.`)}async loadModelJSON(){let t=await this.fetch(this.path,this.requestInit);if(!t.ok)throw new Error(`Request to ${this.path} failed with status code ${t.status}. Please verify this URL points to the model JSON of the model to load.`);let e;try{e=await t.json()}catch{let i=`Failed to parse model JSON of response from ${this.path}.`;throw this.path.endsWith(".pb")?i+=" Your path contains a .pb file extension. Support for .pb models have been removed in TensorFlow.js 1.0 in favor of .json models. You can re-convert your Python TensorFlow model using the TensorFlow.js 1.0 conversion scripts or you can convert your.pb models with the 'pb2json'NPM script in the tensorflow/tfjs-converter repository.":i+=" Please make sure the server is serving valid JSON for this request.",new Error(i)}let o=e.modelTopology,r=e.weightsManifest;if(o==null&&r==null)throw new Error(`The JSON from HTTP path ${this.path} contains neither model topology or manifest for weights.`);return e}async load(){if(this.loadOptions.streamWeights)return this.loadStream();let t=await this.loadModelJSON();return nc(t,e=>this.loadWeights(e))}async loadStream(){let t=await this.loadModelJSON(),e=await this.getWeightUrls(t.weightsManifest),o=rc(t.weightsManifest),r=()=>yC(e,this.loadOptions);return Object.assign(Object.assign({},t),{weightSpecs:o,getWeightStream:r})}async getWeightUrls(t){let e=Array.isArray(this.path)?this.path[1]:this.path,[o,r]=_$(e),s=this.weightPathPrefix||o,i=[],u=[];for(let l of t)for(let a of l.paths)this.weightUrlConverter!=null?u.push(this.weightUrlConverter(a)):i.push(s+a+r);return this.weightUrlConverter&&i.push(...await Promise.all(u)),i}async loadWeights(t){let e=await this.getWeightUrls(t),o=rc(t),r=await bC(e,this.loadOptions);return[o,r]}};Nu.URL_SCHEME_REGEX=/^https?:\/\//;function _$(n){let t=n.lastIndexOf("/"),e=n.lastIndexOf("?"),o=n.substring(0,t),r=e>t?n.substring(e):"";return[o+"/",r]}function fg(n){return n.match(Nu.URL_SCHEME_REGEX)!=null}var CC=(n,t)=>{if(typeof fetch>"u"&&(t==null||t.fetchFunc==null))return null;{let e=!0;if(Array.isArray(n)?e=n.every(o=>fg(o)):e=fg(n),e)return IC(n,t)}return null};Yt.registerSaveRouter(CC);Yt.registerLoadRouter(CC);function IC(n,t){return new Nu(n,t)}var Cc={};Fn(Cc,{prepareAndValidate:()=>wC});function wC(n,t){let e=n.shape.length,o=t.shape.length;if(e<1)throw new Error(`tf.gatherND() expects the input to be rank 1 or higher, but the rank was ${e}.`);if(o<1)throw new Error(`tf.gatherND() expects the indices to be rank 1 or higher, but the rank was ${o}.`);if(t.dtype!=="int32")throw new Error(`tf.gatherND() expects the indices to be int32 type, but the dtype was ${t.dtype}.`);if(t.shape[o-1]>e)throw new Error(`index innermost dimension length must be <= tensor rank; saw: ${t.shape[o-1]} vs. ${e}`);if(Ye(n.shape)===0)throw new Error(`Requested more than 0 entries, but input is empty. Input shape: ${n.shape}.`);let r=t.shape,s=r[r.length-1],i=1;for(let p=0;p<r.length-1;++p)i*=r[p];let u=n.shape,l=r.slice();l.pop();let a=1;for(let p=s;p<e;++p)a*=u[p],l.push(u[p]);let c=[...Dn(n.shape).map(p=>p/a),1].slice(0,s);return[l,i,a,c]}var Ke={};Fn(Ke,{assertParamsValid:()=>R$,computeFlatOffset:()=>$$,computeOutShape:()=>E$,getNormalizedAxes:()=>F$,isSliceContinous:()=>D$,maskToAxes:()=>A$,parseSliceParams:()=>M$,sliceInfo:()=>P$,startForAxis:()=>AC,startIndicesWithElidedDims:()=>TC,stopForAxis:()=>EC,stopIndicesWithElidedDims:()=>NC,stridesForAxis:()=>RC,stridesWithElidedDims:()=>vC});var hg=-2,N$=-1;function R$(n,t,e){let o=n.shape.length;J(o===t.length,()=>`Error in slice${o}D: Length of begin ${t} must match the rank of the array (${o}).`),J(o===e.length,()=>`Error in slice${o}D: Length of size ${e} must match the rank of the array (${o}).`);for(let r=0;r<o;++r)J(t[r]+e[r]<=n.shape[r],()=>`Error in slice${o}D: begin[${r}] + size[${r}] (${t[r]+e[r]}) would overflow input.shape[${r}] (${n.shape[r]})`)}function A$(n){let t=[],e=0;for(;n>0;)n&1&&t.push(e),n/=2,e++;return t}function E$(n,t,e){let o=[];for(let r=0;r<n.length;r++)o[r]=Math.ceil((t[r]-n[r])/e[r]);return o}function vC(n,t,e,o){let r=[...n];for(let s=r.length;s<o.length;s++)r.push(1);for(let s=0;s<e;s++)s===0?r[t]=1:(r.splice(t,0,1),r.pop());return r}function kC(n,t,e){return e<=n?e:e-(t-1)}function _C(n,t){let e=[];for(let o=0;o<n;o++)e.push(t+o);return e}function F$(n,t,e,o,r,s,i,u,l){let a=n.length,c=new Array(a),p=new Array(a),d=new Array(a);if(t.length&&e>0){let m=t[0],f=e+1;c=TC(i,m,f,o,n),p=NC(u,m,f,r,n),d=vC(s,m,f,n)}else for(let m=0;m<a;m++)c[m]=AC(i,o,s,n,m,l),p[m]=EC(u,r,s,n,m,l),d[m]=RC(s,m,l);return{begin:c,end:p,strides:d}}function TC(n,t,e,o,r){let s=[...r],i=_C(e,t);for(let u=0;u<s.length;u++)if(i.indexOf(u)>-1)s[u]=0;else{let l=kC(t,e,u),a=o[l];n&1<<l&&(a=0),s[u]=a}return s}function NC(n,t,e,o,r){let s=[...r],i=_C(e,t);for(let u=0;u<s.length;u++)if(i.indexOf(u)>-1)s[u]=Number.MAX_SAFE_INTEGER;else{let l=kC(t,e,u),a=o[l];n&1<<l&&(a=Number.MAX_SAFE_INTEGER),s[u]=a}for(let u=0;u<s.length;u++){let l=r[u];s[u]<0&&(s[u]+=l),s[u]=ma(0,s[u],r[u])}return s}function RC(n,t,e){let o=n[t];return(e&1<<t||o==null)&&(o=1),o}function AC(n,t,e,o,r,s){let i=t[r],u=e[r]||1;(n&1<<r||s&1<<r||i==null)&&(u>0?i=Number.MIN_SAFE_INTEGER:i=Number.MAX_SAFE_INTEGER);let l=o[r];return i<0&&(i+=l),i=ma(0,i,l-1),i}function EC(n,t,e,o,r,s){let i=t[r],u=e[r]||1;(n&1<<r||s&1<<r||i==null)&&(u>0?i=Number.MAX_SAFE_INTEGER:i=Number.MIN_SAFE_INTEGER);let l=o[r];return i<0&&(i+=l),u>0?i=ma(0,i,l):i=ma(-1,i,l-1),i}function D$(n,t,e){let o=e.length;for(let r=0;r<e.length;r++)if(e[r]>1){o=r;break}for(let r=o+1;r<e.length;r++)if(t[r]>0||e[r]!==n[r])return!1;return!0}function $$(n,t){let e=n.length>0?n[n.length-1]:1;for(let o=0;o<n.length-1;o++)e+=n[o]*t[o];return e}function M$(n,t,e){let o,r=n.shape.length;typeof t=="number"?o=[t,...new Array(r-1).fill(0)]:t.length<r?o=t.concat(new Array(r-t.length).fill(0)):o=t.slice(),o.forEach(i=>{J(i!==-1,()=>"slice() does not support negative begin indexing.")});let s;return e==null?s=new Array(r).fill(-1):typeof e=="number"?s=[e,...new Array(r-1).fill(-1)]:e.length<r?s=e.concat(new Array(r-e.length).fill(-1)):s=e,s=s.map((i,u)=>i>=0?i:(J(i===-1,()=>`Negative size values should be exactly -1 but got ${i} for the slice() size at index ${u}.`),n.shape[u]-o[u])),[o,s]}function P$(n,t,e,o,r,s,i,u,l){let a;if(o==null?(a=new Array(t.length),a.fill(1)):a=o,i!=null&&(i&i-1)!==0)throw new Error("Multiple ellipses in slice is not allowed.");let c=!1,p={dims:a.length,numAddAxisAfterEllipsis:0,begin:t.slice(),end:e.slice(),strides:a.slice(),beginMask:r,endMask:s,ellipsisMask:i,newAxisMask:u,shrinkAxisMask:l};for(let C=0;C<p.dims;C++)c&&(1<<C&u)!==0&&p.numAddAxisAfterEllipsis++,1<<C&i&&(c=!0);c||(p.ellipsisMask|=1<<p.dims,p.dims++);let d={dims:n.length,beginMask:0,endMask:0,beginValid:!1,endValid:!1};O$(p,d);let m=!0,f=!0,h=!0,g=[],x=[];for(let C=0;C<n.length;++C){if(d.strides[C]===0)throw Error(`strides[${C}] must be non-zero`);let w=!!(d.shrinkAxisMask&1<<C),S=n[C];if(S===-1){g.push(w?1:-1);continue}let v=[d.beginMask&1<<C,d.endMask&1<<C],k=[d.strides[C]>0?0:-1,d.strides[C]>0?S:S-1];if(w&&d.strides[C]<=0)throw Error("only stride 1 allowed on non-range indexing.");h=h&&d.strides[C]===1;let T=!!(d.beginMask&1<<C&&d.endMask&1<<C);if(d.beginValid&&d.endValid){if(w){let D=d.begin[C]<0?S+d.begin[C]:d.begin[C];if(d.begin[C]=D,d.end[C]=d.begin[C]+1,D<0||D>=S)throw Error(`slice index ${d.begin[C]} of dimension ${C} out of bounds.`)}else d.begin[C]=SC(d.begin[C],0,d.strides[C],S,v,k),d.end[C]=SC(d.end[C],1,d.strides[C],S,v,k);let F=d.strides[C]===1&&d.begin[C]===0&&d.end[C]===S;m=m&&F,f=f&&(C===0&&d.strides[C]===1||F)}else m=m&&d.strides[C]===1&&T,f=f&&(C===0&&d.strides[C]===1||T);let R,A=!1;if(d.beginValid&&d.endValid?(R=d.end[C]-d.begin[C],A=!0):w?(R=1,A=!0):T&&S>=0&&(d.strides[C]<0?R=-S:R=S,A=!0),A){let F;R===0||R<0!=d.strides[C]<0?F=0:F=Math.trunc(R/d.strides[C])+(R%d.strides[C]!==0?1:0),g.push(F)}else g.push(-1)}for(let C=0;C<d.finalShapeGatherIndices.length;++C){let w=d.finalShapeGatherIndices[C];w>=0?x.push(g[w]):w===hg&&x.push(1)}return{finalShapeSparse:x.filter((C,w)=>d.finalShapeGatherIndices[w]!==hg),finalShape:x,isIdentity:m,sliceDim0:f,isSimpleSlice:h,begin:d.begin,end:d.end,strides:d.strides}}function O$(n,t){t.beginMask=0,t.endMask=0,t.shrinkAxisMask=0;let e=0;t.beginValid=n.begin!=null,t.endValid=n.end!=null,t.begin=new Array(t.dims),t.end=new Array(t.dims),t.strides=new Array(t.dims),t.finalShapeGatherIndices=[],t.finalShapeGatherIndicesSparse=[],t.inputShapeGatherIndicesSparse=new Array(t.dims);for(let o=0;o<n.dims;o++)if(1<<o&n.ellipsisMask){let r=Math.min(t.dims-(n.dims-o)+1+n.numAddAxisAfterEllipsis,t.dims);for(;e<r;e++)t.begin[e]=0,t.end[e]=0,t.strides[e]=1,t.beginMask|=1<<e,t.endMask|=1<<e,t.finalShapeGatherIndices.push(e),t.finalShapeGatherIndicesSparse.push(-1),t.inputShapeGatherIndicesSparse[e]=o}else if(1<<o&n.newAxisMask)t.finalShapeGatherIndices.push(hg),t.finalShapeGatherIndicesSparse.push(-1);else{if(e===t.begin.length)throw Error(`Index out of range using input dim ${e}; input has only ${t.dims} dims, ${t.begin.length}.`);n.begin!=null&&(t.begin[e]=n.begin[o]),n.end!=null&&(t.end[e]=n.end[o]),t.strides[e]=n.strides[o],n.beginMask&1<<o&&(t.beginMask|=1<<e),n.endMask&1<<o&&(t.endMask|=1<<e),n.shrinkAxisMask&1<<o?(t.finalShapeGatherIndices.push(N$),t.finalShapeGatherIndicesSparse.push(-1),t.shrinkAxisMask|=1<<e):(t.finalShapeGatherIndices.push(e),t.finalShapeGatherIndicesSparse.push(o)),t.inputShapeGatherIndicesSparse[e]=o,e++}}function SC(n,t,e,o,r,s){if(r[t])return e>0?s[t]:s[t+1&1];{let i=n<0?o+n:n;return i<s[0]?s[0]:i>s[1]?s[1]:i}}var B$=typeof requestAnimationFrame<"u"?requestAnimationFrame:typeof setImmediate<"u"?setImmediate:n=>n();function gg(){return new Promise(n=>B$(()=>n()))}var I={};Fn(I,{ERF_A1:()=>tM,ERF_A2:()=>nM,ERF_A3:()=>rM,ERF_A4:()=>oM,ERF_A5:()=>sM,ERF_P:()=>eM,PARALLELIZE_THRESHOLD:()=>Ic,RowPartitionType:()=>Ln,SELU_SCALE:()=>J$,SELU_SCALEALPHA:()=>Q$,applyActivation:()=>u$,assertAndGetBroadcastShape:()=>cc,assertAxesAreInnerMostDims:()=>OD,assertParamsConsistent:()=>L$,assignToTypedArray:()=>pM,axesAreInnerMostDims:()=>Jh,calculateShapes:()=>uC,checkEinsumDimSizes:()=>xM,checkPadOnDimRoundingMode:()=>Tu,combineLocations:()=>Py,combineRaggedTensorToTensorShapes:()=>W$,complexWithEvenIndex:()=>uM,complexWithOddIndex:()=>lM,computeConv2DInfo:()=>Xh,computeConv3DInfo:()=>Ry,computeDefaultPad:()=>Yh,computeDilation2DInfo:()=>ID,computeOptimalWindowSize:()=>H$,computeOutAndReduceShapes:()=>MD,computeOutShape:()=>V$,computePool2DInfo:()=>wD,computePool3DInfo:()=>SD,convertConv2DDataFormat:()=>Ay,decodeEinsumEquation:()=>hM,eitherStridesOrDilationsAreOne:()=>_u,expandShapeToKeepDim:()=>PD,exponent:()=>mM,exponents:()=>dM,fromStringArrayToUint8:()=>BM,fromUint8ToStringArray:()=>OM,getAxesPermutation:()=>BD,getBroadcastDims:()=>$y,getComplexWithIndex:()=>cM,getEinsumComputePath:()=>bM,getEinsumPermutation:()=>gM,getFusedBiasGradient:()=>i$,getFusedDyActivation:()=>a$,getImageCenter:()=>q$,getInnerMostAxes:()=>VD,getPermuted:()=>j$,getRaggedRank:()=>z$,getReductionAxes:()=>lc,getReshaped:()=>K$,getReshapedPermuted:()=>X$,getRowPartitionTypesHelper:()=>U$,getSliceBeginCoords:()=>Y$,getSliceSize:()=>Z$,getSparseFillEmptyRowsIndicesDenseShapeMismatch:()=>wM,getSparseFillEmptyRowsNegativeIndexErrorMessage:()=>SM,getSparseFillEmptyRowsOutOfRangeIndexErrorMessage:()=>vM,getSparseReshapeEmptyTensorZeroOutputDimErrorMessage:()=>TM,getSparseReshapeInputOutputMismatchErrorMessage:()=>RM,getSparseReshapeInputOutputMultipleErrorMessage:()=>NM,getSparseReshapeMultipleNegativeOneOutputDimErrorMessage:()=>kM,getSparseReshapeNegativeOutputDimErrorMessage:()=>_M,getSparseSegmentReductionIndicesOutOfRangeErrorMessage:()=>DM,getSparseSegmentReductionNegativeSegmentIdsErrorMessage:()=>AM,getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage:()=>EM,getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage:()=>FM,getUndoAxesPermutation:()=>LD,isIdentityPermutation:()=>yM,log:()=>FF,mergeRealAndImagArrays:()=>aM,prepareAndValidate:()=>wC,prepareSplitSize:()=>IM,segment_util:()=>bg,shouldFuse:()=>l$,slice_util:()=>Ke,splitRealAndImagArrays:()=>iM,stridesOrDilationsArePositive:()=>ic,tupleValuesAreOne:()=>jh,upcastType:()=>at,validateDefaultValueShape:()=>G$,validateInput:()=>iC,validateUpdateShape:()=>cg,warn:()=>dr});function L$(n,t){let e=n[0].length;n.forEach((r,s)=>{J(r.length===e,()=>`Error in concat${e}D: rank of tensors[${s}] must be the same as the rank of the rest (${e})`)}),J(t>=0&&t<e,()=>`Error in concat${e}D: axis must be between 0 and ${e-1}.`);let o=n[0];n.forEach((r,s)=>{for(let i=0;i<e;i++)J(i===t||r[i]===o[i],()=>`Error in concat${e}D: Shape of tensors[${s}] (${r}) does not match the shape of the rest (${o}) along the non-concatenated axis ${s}.`)})}function V$(n,t){let e=n[0].slice();for(let o=1;o<n.length;o++)e[t]+=n[o][t];return e}var Ln;(function(n){n[n.FIRST_DIM_SIZE=0]="FIRST_DIM_SIZE",n[n.VALUE_ROWIDS=1]="VALUE_ROWIDS",n[n.ROW_LENGTHS=2]="ROW_LENGTHS",n[n.ROW_SPLITS=3]="ROW_SPLITS",n[n.ROW_LIMITS=4]="ROW_LIMITS",n[n.ROW_STARTS=5]="ROW_STARTS"})(Ln||(Ln={}));function W$(n,t,e){let o=new Array;if(e==null&&t==null)return o;if(t==null)for(;o.length<n+e.length;)o.push(-1);else o=t.slice();if(e==null)return o;if(n+e.length!==o.length)throw new Error(`rt input.shape and shape=${t} are incompatible: rt input.rank = ${n+e.length}, but shape.rank = ${o.length}`);for(let r=1;r<e.length;++r){let s=e[r],i=o[o.length-e.length+r],u=o[i];if(s>=0)if(u>=0){if(u!==s)throw new Error(`rt input.shape and shape=${t} are incompatible: rt input.shape[${r+n}] = ${s} but shape[${r+n}] = ${u}`)}else o[i]=s}return o}function U$(n){let t={FIRST_DIM_SIZE:Ln.FIRST_DIM_SIZE,VALUE_ROWIDS:Ln.VALUE_ROWIDS,ROW_LENGTHS:Ln.ROW_LENGTHS,ROW_SPLITS:Ln.ROW_SPLITS,ROW_LIMITS:Ln.ROW_LIMITS,ROW_STARTS:Ln.ROW_STARTS},e=[];for(let o of n)if(o in t)e.push(t[o]);else break;return e}function z$(n){return n.length===0?0:n[0]===Ln.FIRST_DIM_SIZE?n.length-1:n.length}function G$(n,t){if(n==null||t==null)return;let e=n.length,o=t.length;if(e>=o)throw new Error(`defaultValue.shape=${n} and ragged tensor flatValues.shape=${t}, are incompatible: defaultValue.rank = ${e} must be less than ragged tensor input flatValues.rank = ${o})`);for(let r=0;r<Math.min(e,o-1);++r){let s=n[r],i=t[r+1];if(s>=0&&i>=0&&s!==1&&s!==i)throw new Error(`defaultValue.shape=${n}, and ragged tensor input flatValues.shape=${t} are incompatible: defaultValue.shape[${r-n.length}] = ${s} but ragged tensor input.flatValues.shape[${r-n.length}] = ${i}`)}}var Ic=30;function H$(n){return n<=Ic?n:ba(n,Math.floor(Math.sqrt(n)))}function q$(n,t,e){let o=e*(typeof n=="number"?n:n[0]),r=t*(typeof n=="number"?n:n[1]);return[o,r]}function K$(n,t,e,o=!0){let r=[];if(o)r=r.concat(t.slice(0)),r.push(n[0]/e),r=r.concat(n.slice(1));else{r=r.concat(n[0]);let s=t.length;for(let i=0;i<s;++i)r=r.concat([n[i+1]/t[i],t[i]]);r=r.concat(n.slice(s+1))}return r}function j$(n,t,e=!0){let o=[];if(e){o.push(t);for(let r=t+1;r<n;++r)r<=2*t?(o.push(r),o.push(r-(t+1))):o.push(r)}else{let r=[],s=[];for(let i=1;i<n;++i)i>=t*2+1||i%2===1?s.push(i):r.push(i);o.push(...r),o.push(0),o.push(...s)}return o}function X$(n,t,e,o=!0){let r=[];o?r.push(n[0]/e):r.push(n[0]*e);for(let s=1;s<n.length;++s)s<=t.length?o?r.push(t[s-1]*n[s]):r.push(n[s]/t[s-1]):r.push(n[s]);return r}function Y$(n,t){let e=[0];for(let o=0;o<t;++o)e.push(n[o][0]);return e}function Z$(n,t,e){let o=n.slice(0,1);for(let r=0;r<e;++r)o.push(n[r+1]-t[r][0]-t[r][1]);return o}var Q$=1.7580993408473768,J$=1.0507009873554805;var eM=.3275911,tM=.254829592,nM=-.284496736,rM=1.421413741,oM=-1.453152027,sM=1.061405429;function aM(n,t){if(n.length!==t.length)throw new Error(`Cannot merge real and imag arrays of different lengths. real:${n.length}, imag: ${t.length}.`);let e=new Float32Array(n.length*2);for(let o=0;o<e.length;o+=2)e[o]=n[o/2],e[o+1]=t[o/2];return e}function iM(n){let t=new Float32Array(n.length/2),e=new Float32Array(n.length/2);for(let o=0;o<n.length;o+=2)t[o/2]=n[o],e[o/2]=n[o+1];return{real:t,imag:e}}function uM(n){let t=Math.ceil(n.length/4),e=new Float32Array(t),o=new Float32Array(t);for(let r=0;r<n.length;r+=4)e[Math.floor(r/4)]=n[r],o[Math.floor(r/4)]=n[r+1];return{real:e,imag:o}}function lM(n){let t=Math.floor(n.length/4),e=new Float32Array(t),o=new Float32Array(t);for(let r=2;r<n.length;r+=4)e[Math.floor(r/4)]=n[r],o[Math.floor(r/4)]=n[r+1];return{real:e,imag:o}}function cM(n,t){let e=n[t*2],o=n[t*2+1];return{real:e,imag:o}}function pM(n,t,e,o){n[o*2]=t,n[o*2+1]=e}function dM(n,t){let e=new Float32Array(n/2),o=new Float32Array(n/2);for(let r=0;r<Math.ceil(n/2);r++){let s=(t?2:-2)*Math.PI*(r/n);e[r]=Math.cos(s),o[r]=Math.sin(s)}return{real:e,imag:o}}function mM(n,t,e){let o=(e?2:-2)*Math.PI*(n/t),r=Math.cos(o),s=Math.sin(o);return{real:r,imag:s}}var xg="->",fM=/->/g,FC=",",DC="...";function hM(n,t){n=n.replace(/\s/g,"");let e=(n.length-n.replace(fM,"").length)/xg.length;if(e<1)throw new Error("Equations without an arrow are not supported.");if(e>1)throw new Error(`Equation must contain exactly one arrow ("${xg}").`);let[o,r]=n.split(xg);J(o.indexOf(DC)===-1,()=>`The ellipsis notation ("${DC}") is not supported yet.`);let s=o.split(FC),i=s.length;if(t!==i)throw new Error(`Expected ${i} input tensors, received ${t}`);if(i>2)throw new Error("Support for more than 2 input tensors is not implemented yet.");let u=[];for(let d=0;d<r.length;++d){let m=r[d];if(!s.some(f=>f.indexOf(m)!==-1))throw new Error(`Output subscripts contain the label ${m} not present in the input subscripts.`);u.indexOf(m)===-1&&u.push(m)}for(let d=0;d<o.length;++d){let m=o[d];u.indexOf(m)===-1&&m!==FC&&u.push(m)}let l=new Array(s.length);for(let d=0;d<i;++d){if(new Set(s[d].split("")).size!==s[d].length)throw new Error(`Found duplicate axes in input component ${s[d]}. Support for duplicate axes in input is not implemented yet.`);l[d]=[];for(let m=0;m<s[d].length;++m)l[d].push(u.indexOf(s[d][m]))}let a=u.length,c=r.length,p=[];for(let d=c;d<a;++d)p.push(d);return{allDims:u,summedDims:p,idDims:l}}function gM(n,t){let e=new Array(n);e.fill(-1);for(let r=0;r<t.length;++r)e[t[r]]=r;let o=[];for(let r=0;r<n;++r)e[r]===-1&&o.push(r);return e=e.filter(r=>r!==-1),{permutationIndices:e,expandDims:o}}function xM(n,t,e){let o=new Array(n);for(let r=0;r<e.length;++r){let s=e[r].shape;for(let i=0;i<t[r].length;++i)o[t[r][i]]===void 0?o[t[r][i]]=s[i]:J(o[t[r][i]]===s[i],()=>`Expected dimension ${o[t[r][i]]} at axis ${i} of input shaped ${JSON.stringify(s)}, but got dimension ${s[i]}`)}}function bM(n,t){let e=n,o=[],r=0;n.length===0&&e.push(-1),r=n.length+1;for(let i=0;i<r;++i)o.push([]);let s=[];for(let i=0;i<e.length;++i){let u=e[i],l=CM(t,u);for(let a of l)s.indexOf(a)===-1&&(o[i].push(a),s.push(a))}return{path:e,steps:o}}function yM(n){return n.every((t,e)=>t===e)}function CM(n,t){let e=[];for(let o=0;o<n.length;++o)(n[o].length===0||n[o].indexOf(t)!==-1||t===-1)&&e.push(o);return e}function IM(n,t,e=0){let o=[];if(typeof t=="number")J(n.shape[e]%t===0,()=>"Number of splits must evenly divide the axis."),o=new Array(t).fill(n.shape[e]/t);else{let r=t.reduce((i,u)=>(u===-1&&(i+=1),i),0);J(r<=1,()=>"There should be only one negative value in split array.");let s=t.indexOf(-1);if(s!==-1){let i=t.reduce((u,l)=>l>0?u+l:u);t[s]=n.shape[e]-i}J(n.shape[e]===t.reduce((i,u)=>i+u),()=>"The sum of sizes must match the size of the axis dimension."),o=t}return o}function wM(n){return`Received SparseTensor with denseShape[0] = 0 but
  indices.shape[0] = ${n}`}function SM(n,t){return`indices(${n}, 0) is invalid: ${t} < 0`}function vM(n,t,e){return`indices(${n}, 0) is invalid: ${t} >= ${e}`}function kM(n,t){return`only one output dimension may be -1, not both ${n} and ${t}`}function _M(n,t){return`size ${n} must be non-negative, not ${t}`}function TM(){return"reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero"}function NM(n,t){let e=Ye(n),o=Ye(t);return`Input to reshape is a SparseTensor with ${e}
  dense values, but the requested shape requires a multiple of ${o}. inputShape=${n} outputShape= ${t}`}function RM(n,t){let e=Ye(n),o=Ye(t);return`Input to reshape is a tensor with ${e} dense values, but the requested shape has ${o}. inputShape=${n} outputShape=${t}`}function AM(){return"segment ids must be >= 0"}function EM(){return"segment ids are not increasing"}function FM(n,t){return`Segment id ${n} out of range [0, ${t}), possibly because segmentIds input is not sorted.`}function DM(n,t,e){return`Bad: indices[${n}] == ${t} out of range [0, ${e})`}var bg={};Fn(bg,{collectGatherOpShapeInfo:()=>PM,computeOutShape:()=>MM,segOpComputeOptimalWindowSize:()=>$M});function $M(n,t){let e=!1,o;for(n<=Ic?(o=n,e=!0):o=ba(n,Math.floor(Math.sqrt(n)));!e;)o>t||o===n?e=!0:o=ba(n,o+1);return o}function MM(n,t,e){let o=[],r=n.length;for(let s=0;s<r;s++)s!==t?o.push(n[s]):o.push(e);return o}function PM(n,t,e,o){let r=t.shape.length,s=n.shape.length;if(o!==0&&(o<-r||o>r))throw new Error(`Expect batchDims in the range of [-${r}, ${r}], but got ${o}`);if(o<0&&(o+=r),o>s)throw new Error(`batchDims (${o}) must be less than rank(x) (
    ${s}).`);if(e<o)throw new Error(`batchDims (${o}) must be less than or equal to axis (${e}).`);for(let p=0;p<o;++p)if(n.shape[p]!==t.shape[p])throw new Error(`x.shape[${p}]: ${n.shape[p]} should be equal to indices.shape[${p}]: ${t.shape[p]}.`);let i=n.shape[e],u=[],l=1,a=1,c=1;for(let p=0;p<o;++p)u.push(n.shape[p]),l*=n.shape[p];for(let p=o;p<e;p++)u.push(n.shape[p]),a*=n.shape[p];for(let p=o;p<r;p++)u.push(t.shape[p]);for(let p=e+1;p<s;p++)u.push(n.shape[p]),c*=n.shape[p];return{batchSize:l,sliceSize:c,outerSize:a,dimSize:i,outputShape:u}}function OM(n){try{return n.map(t=>ii(t))}catch(t){throw new Error(`Failed to decode encoded string bytes into utf-8, error: ${t}`)}}function BM(n){return n.map(t=>ai(t))}var It={};Fn(It,{nonMaxSuppressionV3Impl:()=>dC,nonMaxSuppressionV4Impl:()=>mC,nonMaxSuppressionV5Impl:()=>fC,whereImpl:()=>lC});gC();function W(n,t){Array.isArray(n)||(n=[n]),n.forEach(e=>{e!=null&&b.assert(e.dtype!=="complex64",()=>`${t} does not support complex64 tensors in the CPU backend.`)})}var LM=It.whereImpl,Ru=class n extends In{nextDataId(){return n.nextDataId++}constructor(){super(),this.blockSize=48,this.firstUse=!0,this.data=new Yn(this,Xt())}write(t,e,o){this.firstUse&&(this.firstUse=!1,N().get("IS_NODE")&&I.warn(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));let r={id:this.nextDataId()};return this.data.set(r,{values:t,dtype:o,refCount:1}),r}makeTensorInfo(t,e,o){let r;if(e==="string"&&o!=null&&o.length>0&&b.isString(o[0])){let s=o.map(i=>b.encodeString(i));r=this.write(s,t,e)}else r=this.write(o,t,e);return{dataId:r,shape:t,dtype:e}}refCount(t){return this.data.has(t)?this.data.get(t).refCount:0}incRef(t){let e=this.data.get(t);e.refCount++}decRef(t){if(this.data.has(t)){let e=this.data.get(t);e.refCount--}}move(t,e,o,r,s){this.data.set(t,{values:e,dtype:r,refCount:s})}numDataIds(){return this.data.numDataIds()}async read(t){return this.readSync(t)}readSync(t){let{dtype:e,complexTensorInfos:o}=this.data.get(t);if(e==="complex64"){let r=this.readSync(o.real.dataId),s=this.readSync(o.imag.dataId);return I.mergeRealAndImagArrays(r,s)}return b.convertBackendValuesAndArrayBuffer(this.data.get(t).values,e)}bufferSync(t){let e=this.readSync(t.dataId);if(t.dtype==="string")try{let o=e.map(r=>b.decodeString(r));return ce(t.shape,t.dtype,o)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return ce(t.shape,t.dtype,e)}makeOutput(t,e,o){return Xt().makeTensorFromTensorInfo(this.makeTensorInfo(e,o,t),this)}disposeData(t,e=!1){if(this.data.has(t)){if(this.data.get(t).refCount--,!e&&this.data.get(t).refCount>0)return!1;let{complexTensorInfos:o}=this.data.get(t);o!=null&&(this.disposeData(o.real.dataId,!0),this.disposeData(o.imag.dataId,!0)),this.data.delete(t)}return!0}disposeIntermediateTensorInfo(t){this.disposeData(t.dataId)}async time(t){let e=b.now();return t(),{kernelMs:b.now()-e}}memory(){return{unreliable:!0,reasons:["The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."]}}where(t){W([t],"where");let e=this.readSync(t.dataId);return LM(t.shape,e)}dispose(){}floatPrecision(){return 32}epsilon(){return super.epsilon()}};Ru.nextDataId=0;var jg={};Fn(jg,{addImpl:()=>Ig,bincountImpl:()=>yi,bincountReduceImpl:()=>wc,bitwiseAndImpl:()=>wg,castImpl:()=>Cg,ceilImpl:()=>Sg,concatImpl:()=>Bs,equalImpl:()=>vg,expImpl:()=>_g,expm1Impl:()=>Ng,floorDivImpl:()=>Ag,floorImpl:()=>Rg,gatherNdImpl:()=>Sc,gatherV2Impl:()=>vc,greaterEqualImpl:()=>Fg,greaterImpl:()=>Eg,lessEqualImpl:()=>$g,lessImpl:()=>Dg,linSpaceImpl:()=>kc,logImpl:()=>Mg,maxImpl:()=>_c,maximumImpl:()=>Pg,minimumImpl:()=>Og,multiplyImpl:()=>Au,negImpl:()=>Bg,notEqualImpl:()=>Lg,prodImpl:()=>Vg,raggedGatherImpl:()=>Tc,raggedRangeImpl:()=>Nc,raggedTensorToTensorImpl:()=>Rc,rangeImpl:()=>Vs,rsqrtImpl:()=>Ug,scatterImpl:()=>Tn,sigmoidImpl:()=>pI,simpleAbsImpl:()=>yg,sliceImpl:()=>Ws,sparseFillEmptyRowsImpl:()=>Ac,sparseReshapeImpl:()=>Ec,sparseSegmentReductionImpl:()=>Si,sqrtImpl:()=>fI,squaredDifferenceImpl:()=>Gg,staticRegexReplaceImpl:()=>Hg,stridedSliceImpl:()=>Fc,stringNGramsImpl:()=>Us,stringSplitImpl:()=>zs,stringToHashBucketFastImpl:()=>Gs,subImpl:()=>Kg,tileImpl:()=>Dc,topKImpl:()=>$c,transposeImpl:()=>wi,uniqueImpl:()=>Hs});function yg(n){let t=new Float32Array(n.length);for(let e=0;e<n.length;++e)t[e]=Math.abs(n[e]);return t}var VM=n=>{let{x:t}=n.inputs,e=n.backend;W(t,"abs");let o=new Float32Array(b.sizeFromShape(t.shape)),r=e.data.get(t.dataId).values;return o=yg(r),e.makeOutput(o,t.shape,t.dtype)},MC={kernelName:"Abs",backendName:"cpu",kernelFunc:VM};function ke(n){return(t,e,o,r,s)=>{let i=I.assertAndGetBroadcastShape(t,e),u=i.length,l=b.computeStrides(i),a=b.sizeFromShape(i),c=b.getTypedArrayFromDType(s,a),p=t.length,d=e.length,m=b.computeStrides(t),f=b.computeStrides(e),h=I.getBroadcastDims(t,i),g=I.getBroadcastDims(e,i);if(h.length+g.length===0)for(let x=0;x<c.length;++x)c[x]=n(o[x%o.length],r[x%r.length]);else for(let x=0;x<c.length;++x){let y=b.indexToLoc(x,u,l),C=y.slice(-p);h.forEach(k=>C[k]=0);let w=b.locToIndex(C,p,m),S=y.slice(-d);g.forEach(k=>S[k]=0);let v=b.locToIndex(S,d,f);c[x]=n(o[w],r[v])}return[c,i]}}function ct(n){let{inputs:t,backend:e}=n,{real:o,imag:r}=t,s=e.data.get(o.dataId).values,i=e.data.get(r.dataId).values,u=e.makeTensorInfo(o.shape,"complex64"),l=e.data.get(u.dataId);return l.complexTensorInfos={real:e.makeTensorInfo(o.shape,"float32",s),imag:e.makeTensorInfo(r.shape,"float32",i)},u}var PC={kernelName:Ta,backendName:"cpu",kernelFunc:ct};function xi(n,t,e="float32"){if(e==="complex64"){let r=xi(n,t,"float32"),s=xi(n,t,"float32");return ct({inputs:{real:r,imag:s},backend:n})}let o=b.makeZerosTypedArray(b.sizeFromShape(t),e);return n.makeTensorInfo(t,e,o)}function wt(n){let{inputs:t,backend:e}=n,{x:o}=t;return e.incRef(o.dataId),{dataId:o.dataId,shape:o.shape,dtype:o.dtype}}var OC={kernelName:Mn,backendName:"cpu",kernelFunc:wt};function fn(n){let{inputs:t,backend:e}=n,{input:o}=t,r=e.data.get(o.dataId).complexTensorInfos.real,s=e.data.get(r.dataId).values;return e.makeTensorInfo(r.shape,r.dtype,s)}var BC={kernelName:Ul,backendName:"cpu",kernelFunc:fn};function Cg(n,t,e,o){if(o==="int32"){let r=Int32Array.from(n);return[t,"int32",r]}if(o==="bool"){let r=b.toTypedArray([0],e),[s,i]=ke((u,l)=>u!==l?1:0)(t,[],n,r,"bool");return[i,"bool",s]}throw new Error(`Error in Cast: failed to cast ${e} to ${o}`)}function hn(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{dtype:s}=o;if(s==="complex64"){if(r.dtype==="complex64")return wt({inputs:{x:r},backend:e});let c=xi(e,r.shape,r.dtype),p=hn({inputs:{x:r},backend:e,attrs:{dtype:"float32"}}),d=ct({inputs:{real:p,imag:c},backend:e});return e.disposeIntermediateTensorInfo(c),e.disposeIntermediateTensorInfo(p),d}if(r.dtype==="complex64"){let c=fn({inputs:{input:r},backend:e}),p=hn({inputs:{x:c},backend:e,attrs:{dtype:s}});return e.disposeIntermediateTensorInfo(c),p}if(!b.hasEncodingLoss(r.dtype,s)){let c=wt({inputs:{x:r},backend:e});return{dataId:c.dataId,shape:c.shape,dtype:s}}let i=e.data.get(r.dataId).values,[u,l,a]=Cg(i,r.shape,r.dtype,s);return e.makeTensorInfo(u,l,a)}var LC={kernelName:$n,backendName:"cpu",kernelFunc:hn};function Fe(n,t,e,o){return e==null?({inputs:r,backend:s})=>{let{a:i,b:u}=r,l=s;W([i,u],n);let a=l.data.get(i.dataId).values,c=l.data.get(u.dataId).values,p=i.dtype==="string"?I.fromUint8ToStringArray(a):a,d=i.dtype==="string"?I.fromUint8ToStringArray(c):c,m=o||i.dtype,[f,h]=t(i.shape,u.shape,p,d,m);return l.makeTensorInfo(h,m,f)}:({inputs:r,backend:s})=>{let{a:i,b:u}=r,l=s;if(i.dtype==="complex64"||u.dtype==="complex64"){let a=hn({inputs:{x:i},backend:l,attrs:{dtype:"complex64"}}),c=l.data.get(a.dataId),p=c.complexTensorInfos.real,d=c.complexTensorInfos.imag,m=l.data.get(p.dataId).values,f=l.data.get(d.dataId).values,h=hn({inputs:{x:u},backend:l,attrs:{dtype:"complex64"}}),g=l.data.get(h.dataId),x=g.complexTensorInfos.real,y=g.complexTensorInfos.imag,C=l.data.get(x.dataId).values,w=l.data.get(y.dataId).values,[S,v,k]=e(i.shape,u.shape,m,f,C,w),T=l.makeTensorInfo(k,"float32",S),R=l.makeTensorInfo(k,"float32",v),A=ct({inputs:{real:T,imag:R},backend:l});return l.disposeIntermediateTensorInfo(a),l.disposeIntermediateTensorInfo(h),l.disposeIntermediateTensorInfo(T),l.disposeIntermediateTensorInfo(R),A}else{let a=l.data.get(i.dataId).values,c=l.data.get(u.dataId).values,p=o||i.dtype,[d,m]=t(i.shape,u.shape,a,c,p);return l.makeTensorInfo(m,p,d)}}}function bi(n){return(t,e,o,r,s,i)=>{let u=I.assertAndGetBroadcastShape(t,e),l=b.sizeFromShape(u),a=u.length,c=b.computeStrides(u),p=b.getTypedArrayFromDType("float32",l),d=b.getTypedArrayFromDType("float32",l),m=I.getBroadcastDims(t,u),f=I.getBroadcastDims(e,u),h=I.mergeRealAndImagArrays(o,r),g=I.mergeRealAndImagArrays(s,i),x=t.length,y=b.computeStrides(t),C=e.length,w=b.computeStrides(e);if(m.length+f.length===0)for(let S=0;S<p.length;S++){let v=S%h.length,k=S%g.length,T=n(h[v*2],h[v*2+1],g[k*2],g[k*2+1]);p[S]=T.real,d[S]=T.imag}else for(let S=0;S<p.length;S++){let v=b.indexToLoc(S,a,c),k=v.slice(-x);m.forEach(D=>k[D]=0);let T=b.locToIndex(k,x,y),R=v.slice(-C);f.forEach(D=>R[D]=0);let A=b.locToIndex(R,C,w),F=n(h[T*2],h[T*2+1],g[A*2],g[A*2+1]);p[S]=F.real,d[S]=F.imag}return[p,d,u]}}var Ig=ke(((n,t)=>n+t)),WM=bi(((n,t,e,o)=>({real:n+e,imag:t+o}))),Vn=Fe("Add",Ig,WM),VC={kernelName:"Add",backendName:"cpu",kernelFunc:Vn};function yi(n,t,e,o,r){let s=b.sizeFromShape(o),i=b.makeZerosTypedArray(r,e);for(let u=0;u<n.length;u++){let l=n[u];if(l<0)throw new Error("Input x must be non-negative!");l>=r||(s>0?i[l]+=t[u]:i[l]+=1)}return i}function wc(n,t,e,o=!1){let r=n.shape[0],s=n.shape[1],i=ce([r,e],t.dtype);for(let u=0;u<r;u++)for(let l=0;l<s;l++){let a=n.get(u,l);if(a<0)throw new Error("Input x must be non-negative!");a>=e||(o?i.set(1,u,a):t.size>0?i.set(i.get(u,a)+t.get(u,l),u,a):i.set(i.get(u,a)+1,u,a))}return i}var wg=ke(((n,t)=>n&t)),UM=Fe(ao,wg),WC={kernelName:ao,backendName:"cpu",kernelFunc:UM};function mt(n){return(t,e,o)=>{let r=b.getArrayFromDType(e,t.length);for(let s=0;s<t.length;++s)r[s]=n(t[s],o);return r}}function pe(n,t,e){let o=mt(t);return Bt(n,o,e)}function Bt(n,t,e){return({inputs:o,attrs:r,backend:s})=>{let{x:i}=o;W(i,n);let u=s,l=u.data.get(i.dataId).values,a;if(i.dtype==="string"){if(!Array.isArray(l))throw new Error("String tensor's value was not an instance of Array");a=I.fromUint8ToStringArray(l)}else a=l;let c=e||i.dtype,p=t(a,c,r);return u.makeTensorInfo(i.shape,c,p)}}var Sg=mt(n=>Math.ceil(n)),zM=Bt(io,Sg),UC={kernelName:io,backendName:"cpu",kernelFunc:zM};function Bs(n,t,e,o){let r=b.getArrayFromDType(e,b.sizeFromShape(t));if(o&&e!=="string"){let s=0;n.forEach(i=>{let u=b.sizeFromShape(i.shape);r.set(i.vals,s),s+=u})}else{let s=0;n.forEach(i=>{let u=e==="string"?I.fromUint8ToStringArray(i.vals):i.vals,l=0;for(let a=0;a<i.shape[0];++a){let c=a*t[1]+s;for(let p=0;p<i.shape[1];++p)r[c+p]=u[l++]}s+=i.shape[1]})}return r}var vg=ke((n,t)=>n===t?1:0),kg=Fe(Io,vg,null,"bool"),zC={kernelName:Io,backendName:"cpu",kernelFunc:kg};var _g=mt(n=>Math.exp(n)),Tg=Bt("Exp",_g,"float32"),GC={kernelName:"Exp",backendName:"cpu",kernelFunc:Tg};var Ng=mt(n=>Math.expm1(n)),GM=Bt(wo,Ng),HC={kernelName:wo,backendName:"cpu",kernelFunc:GM};var Rg=mt(n=>Math.floor(n)),HM=Bt(vo,Rg),qC={kernelName:vo,backendName:"cpu",kernelFunc:HM};var Ag=ke((n,t)=>Math.floor(n/t)),qM=Fe(er,Ag,null,"int32"),KC={kernelName:er,backendName:"cpu",kernelFunc:qM};function Sc(n,t,e,o,r,s,i,u,l){let a=ce([o,s],e);for(let c=0;c<o;c++){let p=[],d=0;for(let m=0;m<r;m++){let f=n[c*r+m];d+=f*i[m],p.push(f)}if(d<0||d>=l/s)throw new Error(`Invalid indices: ${p} does not index into ${u}`);for(let m=0;m<s;m++)a.values[c*s+m]=t.get(...t.indexToLoc(d*s+m))}return a}function vc(n,t,e){let o=ce(e,n.dtype);for(let r=0;r<o.size;++r){let i=o.indexToLoc(r).slice(),u=i[0],l=i[2],a=t.locToIndex([u,l]);i[2]=t.values[a];let c=n.locToIndex(i);0<=c&&c<n.values.length&&(o.values[r]=n.values[c])}return o}var Eg=ke((n,t)=>n>t?1:0),KM=Fe(To,Eg,null,"bool"),jC={kernelName:To,backendName:"cpu",kernelFunc:KM};var Fg=ke((n,t)=>n>=t?1:0),jM=Fe(No,Fg,null,"bool"),XC={kernelName:No,backendName:"cpu",kernelFunc:jM};var Dg=ke((n,t)=>n<t?1:0),XM=Fe(Fo,Dg,null,"bool"),YC={kernelName:Fo,backendName:"cpu",kernelFunc:XM};var $g=ke((n,t)=>n<=t?1:0),YM=Fe(Do,$g,null,"bool"),ZC={kernelName:Do,backendName:"cpu",kernelFunc:YM};function kc(n,t,e){let o=(t-n)/(e-1),r=b.makeZerosTypedArray(e,"float32");r[0]=n;for(let s=1;s<r.length;s++)r[s]=r[s-1]+o;return r}var Mg=mt(n=>Math.log(n)),ZM=Bt("Log",Mg),QC={kernelName:"Log",backendName:"cpu",kernelFunc:ZM};function _c(n,t,e,o){let r=b.getTypedArrayFromDType(o,b.sizeFromShape(e));for(let s=0;s<r.length;++s){let i=s*t,u=n[i];for(let l=0;l<t;++l){let a=n[i+l];(Number.isNaN(a)||a>u)&&(u=a)}r[s]=u}return r}var Pg=ke(((n,t)=>Math.max(n,t))),QM=Fe(nr,Pg),JC={kernelName:nr,backendName:"cpu",kernelFunc:QM};var Og=ke(((n,t)=>Math.min(n,t))),JM=Fe(Wo,Og),eI={kernelName:Wo,backendName:"cpu",kernelFunc:JM};var Au=ke(((n,t)=>n*t)),eP=bi(((n,t,e,o)=>({real:n*e-t*o,imag:n*o+t*e}))),Ls=Fe(or,Au,eP),tI={kernelName:or,backendName:"cpu",kernelFunc:Ls};function Bg(n,t,e){let o=b.createScalarValue(-1,e);return Au([],t,o,n,e)}function tP(n){let{inputs:t,backend:e}=n,{x:o}=t;W(o,"neg");let r=e.data.get(o.dataId).values,[s,i]=Bg(r,o.shape,o.dtype);return e.makeTensorInfo(i,o.dtype,s)}var nI={kernelName:"Neg",backendName:"cpu",kernelFunc:tP};var Lg=ke(((n,t)=>n!==t?1:0)),nP=Fe(Go,Lg,null,"bool"),rI={kernelName:Go,backendName:"cpu",kernelFunc:nP};function wi(n,t,e,o,r){let s=t.length,i=b.sizeFromShape(t),u=b.computeStrides(t),l=b.computeStrides(r),a=b.getTypedArrayFromDType(e,b.sizeFromShape(r));for(let c=0;c<i;++c){let p=b.indexToLoc(c,s,u),d=new Array(p.length);for(let f=0;f<d.length;f++)d[f]=p[o[f]];let m=b.locToIndex(d,s,l);a[m]=n[c]}return a}function je(n){let{inputs:t,attrs:e,backend:o}=n,{x:r}=t,{perm:s}=e;W(r,"transpose");let i=r.shape.length,u=new Array(i);for(let p=0;p<u.length;p++)u[p]=r.shape[s[p]];let l=o.data.get(r.dataId).values,a=wi(l,r.shape,r.dtype,s,u);return{dataId:o.write(a,u,r.dtype),shape:u,dtype:r.dtype}}var oI={kernelName:ys,backendName:"cpu",kernelFunc:je};function Vg(n,t,e,o){let[r,s]=I.computeOutAndReduceShapes(n,o),i=at(t,"int32"),u=b.makeZerosTypedArray(b.sizeFromShape(r),i),l=b.sizeFromShape(s);for(let a=0;a<u.length;++a){let c=a*l,p=1;for(let d=0;d<l;++d)p*=e[c+d];u[a]=p}return{outVals:u,outShape:r,outDtype:i}}function rP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o;W(r,"prod");let u=r.shape.length,l=b.parseAxisParam(s,r.shape),a=I.getAxesPermutation(l,u),c=l,p=r,d=[];a!=null&&(p=je({inputs:{x:r},backend:e,attrs:{perm:a}}),d.push(p),c=I.getInnerMostAxes(c.length,u));let m=e.data.get(p.dataId).values,{outVals:f,outShape:h,outDtype:g}=Vg(p.shape,p.dtype,m,c),x=h;return i&&(x=I.expandShapeToKeepDim(h,l)),d.forEach(y=>e.disposeIntermediateTensorInfo(y)),e.makeTensorInfo(x,g,f)}var sI={kernelName:Yo,backendName:"cpu",kernelFunc:rP};function oP(n,t,e){n.forEach((o,r)=>{if(o<0||o>=e){let s=b.indexToLoc(r,t.length,b.computeStrides(t)).join(",");throw new Error(`indices[${s}] = ${o} is not in [0, ${e})`)}})}function sP(n,t){for(let e=0;e<n.length;++e){let o=n[e],r=e===n.length-1?t:n[e+1].length;if(o.length===0)throw new Error("Ragged splits may not be empty");if(o[0]<0)throw new Error("Ragged splits must be non-negative");if(o[o.length-1]>r)throw new Error("Ragged splits must not point past values");for(let s=1;s<o.length;++s)if(o[s-1]>o[s])throw new Error("Ragged splits must be sorted in ascending order")}}function aP(n,t,e,o){let r=[],s=0,i=t.length-1+e.length,u=new Array(i).fill(null).map(()=>[0]);sP(e,o);let l=1;for(let a=0;a<t.length-1;++a){l*=t[a];let c=t[a+1];for(let p=1;p<l+1;++p)u[a].push(p*c)}for(let a=0;a<n.length;++a){let c=n[a],p=n[a]+1;for(let d=0;d<e.length;++d){let m=e[d],f=d+t.length-1;if(f>=0){let h=u[f],g=h[h.length-1]-m[c];for(let x=c;x<p;++x)u[f].push(m[x+1]+g)}c=m[c],p=m[p]}p!==c&&(r.push([c,p]),s+=p-c)}return{outSplits:u,valueSlices:r,numValues:s}}function iP(n){let t=[];for(let e=0;e<n.length;++e){let o=n[e].length,r=b.getArrayFromDType("int32",o);t.push(r),n[e].forEach((s,i)=>r[i]=s)}return t}function aI(n,t){let e=n.slice(0,t);for(;e.length<t;)e.push(1);for(let o=t;o<n.length;o++)e[t-1]*=n[o];return e}function uP(n,t,e,o,r,s){let i=aI(t,2)[1],u=aI(s,2)[1],l=0;for(let a of e)for(let c=a[0];c<a[1];++c){for(let p=0;p<o;++p)r[l*u+p]=n[c*i+p];++l}}function lP(n,t,e,o,r){let s=t.slice();s[0]=r;let i=b.getArrayFromDType(e,b.sizeFromShape(s)),u=n.length,l=u===0?0:u/t[0];return uP(n,t,o,l,i,s),[i,s]}function Tc(n,t,e,o,r,s,i,u){if(n.length===0)throw new Error("paramsNestedSplits must be non empty");if(t[0].length===0)throw new Error("Split tensors must not be scalars");let l=t[0][0]-1;if(oP(s,i,l),o.length===0)throw new Error("params.rank must be nonzero");let a=o[0],{outSplits:c,valueSlices:p,numValues:d}=aP(s,i,n,a),m=iP(c),f=lP(e,o,r,p,d);return[m,f[0],f[1]]}var iI=2147483647;function Nc(n,t,e,o,r,s,i){if(t.length>1)throw new Error("starts must be a scalar or vector");if(r.length>1)throw new Error("limits must be a scalar or vector");if(i.length>1)throw new Error("deltas must be a scalar or vector");let u=t.length===0,l=r.length===0,a=i.length===0,c=[];u||c.push(t[0]),l||c.push(r[0]),a||c.push(i[0]);for(let g=1;g<c.length;++g)if(c[g]!==c[g-1])throw new Error("starts, limits, and deltas must have the same shape");let p=c.length===0?1:c[0],d=b.getArrayFromDType("int32",p+1);d[0]=0;for(let g=0;g<p;++g){let x=u?n[0]:n[g],y=l?o[0]:o[g],C=a?s[0]:s[g];if(C===0)throw new Error("Requires delta != 0");let w;if(C>0&&y<x||C<0&&y>x)w=0;else if(w=Math.ceil(Math.abs((y-x)/C)),w>iI)throw new Error(`Requires ((limit - start) / delta) <= ${iI}`);d[g+1]=d[g]+w}let m=d[p],f=b.getArrayFromDType(e,m),h=0;for(let g=0;g<p;++g){let x=d[g+1]-d[g],y=u?n[0]:n[g],C=a?s[0]:s[g];for(let w=0;w<x;++w)f[h++]=y,y+=C}return[d,f]}var gn=I.RowPartitionType,Wg=class n{constructor(t,e,o,r,s,i,u,l,a,c){this.shape=t,this.shapeShape=e,this.values=o,this.valuesShape=r,this.valuesDType=s,this.defaultValue=i,this.defaultValueShape=u,this.rowPartitionValues=l,this.rowPartitionValuesShapes=a,this.rowPartitionTypes=I.getRowPartitionTypesHelper(c),this.raggedRank=I.getRaggedRank(this.rowPartitionTypes)}getRowPartitionTypeByDimension(t){return this.rowPartitionTypes[0]===gn.FIRST_DIM_SIZE?this.rowPartitionTypes[t+1]:this.rowPartitionTypes[t]}getRowPartitionTensor(t){return this.rowPartitionTypes[0]===gn.FIRST_DIM_SIZE?this.rowPartitionValues[t+1]:this.rowPartitionValues[t]}getMaxWidth(t){let e=this.getRowPartitionTensor(t-1);switch(this.getRowPartitionTypeByDimension(t-1)){case gn.VALUE_ROWIDS:return n.getMaxWidthValueRowID(e);case gn.ROW_SPLITS:return n.getMaxWidthRowSplit(e);default:throw new Error(`Cannot handle partition type ${gn[this.getRowPartitionTypeByDimension(t-1)]}`)}}static getMaxWidthRowSplit(t){let e=t.length;if(e===0||e===1)return 0;let o=0;for(let r=0;r<e-1;++r){let s=t[r+1]-t[r];s>o&&(o=s)}return o}static getMaxWidthValueRowID(t){let e=t.length;if(e===0)return 0;let o=0,r=t[0],s=0;for(let i=1;i<e;++i){let u=t[i];u!==r&&(r=u,s=Math.max(i-o,s),o=i)}return Math.max(e-o,s)}tensorShapeFromTensor(t,e,o=!0){if(e.length===0){if(t[0]===-1)return[];throw new Error("The only valid scalar shape tensor is the fully unknown shape specified as -1.")}return lI(t,o)}calculateOutputSize(t){let e=this.valuesShape,o=this.defaultValueShape;I.validateDefaultValueShape(o,e);let r=this.tensorShapeFromTensor(this.shape,this.shapeShape),i=I.combineRaggedTensorToTensorShapes(this.raggedRank,r,e);i[0]<0&&(i[0]=t);for(let u=1;u<=this.raggedRank;++u)i[u]<0&&(i[u]=this.getMaxWidth(u));return i}calculateFirstParentOutputIndex(t,e,o){let r=Math.min(t,o),s=[],i=0;for(let u=0;u<r;++u,i+=e)s.push(i);for(let u=r;u<t;++u)s.push(-1);return b.assert(s.length===t,()=>"Final length of result must be equal to firstDimension."),s}calculateOutputIndexRowSplit(t,e,o,r){let s=t.length,i=[];for(let u=0;u<s-1;++u){let l=t[u+1]-t[u],a=Math.min(r,l),c=e[u];c===-1&&(a=0);for(let p=0;p<a;++p)i.push(c),c+=o;for(let p=0;p<l-a;++p)i.push(-1)}if(s>0&&i.length!==t[s-1])throw new Error("Invalid row split size.");return i}calculateOutputIndexValueRowID(t,e,o,r){let s=t.length,i=[];if(s===0)return[];let u=0,l=t[0];if(l>=e.length)throw new Error(`Got currentValueRowId=${l}, which is not less than ${e.length}`);let a=e[l];i.push(a);for(let c=1;c<s;++c){let p=t[c];if(p===l)a>=0&&(++u,u<r?a+=o:a=-1);else{if(u=0,l=p,p>=e.length)throw new Error(`Got nextValueRowId=${p} which is not less than ${e.length}`);a=e[p]}i.push(a)}if(i.length!==t.length)throw new Error("Invalid row ids.");return i}calculateOutputIndex(t,e,o,r){let s=this.getRowPartitionTensor(t),i=this.getRowPartitionTypeByDimension(t);switch(i){case gn.VALUE_ROWIDS:return this.calculateOutputIndexValueRowID(s,e,o,r);case gn.ROW_SPLITS:if(s.length-1>e.length)throw new Error(`Row partition size is greater than output size: ${s.length-1} > ${e.length}`);return this.calculateOutputIndexRowSplit(s,e,o,r);default:throw new Error(`Unsupported partition type: ${gn[i]}`)}}getFirstDimensionSize(){let t=this.rowPartitionValues[0];if(this.rowPartitionTypes.length===0)throw new Error("No row_partition_types given.");let e=this.rowPartitionTypes[0];switch(e){case gn.FIRST_DIM_SIZE:return t[0];case gn.VALUE_ROWIDS:throw new Error("Cannot handle VALUE_ROWIDS in first dimension.");case gn.ROW_SPLITS:return this.rowPartitionValuesShapes[0][0]-1;default:throw new Error(`Cannot handle type ${gn[e]}`)}}compute(){if(this.rowPartitionValues[0].length<=0)throw new Error("Invalid first partition input. Tensor requires at least one element.");let e=this.getFirstDimensionSize(),o=this.calculateOutputSize(e),r=new Array(this.raggedRank+1);r[r.length-1]=1;for(let l=r.length-2;l>=0;--l)r[l]=r[l+1]*o[l+1];let s=lI(o,!1),i=b.getArrayFromDType(this.valuesDType,b.sizeFromShape(s));if(r[0]*o[0]>0){let l=this.calculateFirstParentOutputIndex(e,r[0],o[0]);for(let a=1;a<=this.raggedRank;++a)l=this.calculateOutputIndex(a-1,l,r[a],o[a]);this.setOutput(this.raggedRank,l,i,s)}return[s,i]}setOutput(t,e,o,r){if(o.length===0)return;let s=this.values,i=o,u=r.slice();u=u.slice(t+1);let l=b.sizeFromShape(u),a=e.length,c=this.defaultValue;if(c.length!==l&&c.length!==1){let f=this.defaultValueShape;Ve(()=>{let h=$t(c,f);c=Qh(h,u).dataSync()})}let p=0,d=0,m=0;for(let f=0;f<=a;++f){let h=f<a?e[f]:-1;if(h===m){++m;continue}if(d<m){let g=s.subarray(p*l),x=i.subarray(d*l),y=(m-d)*l;uI(x,g,y)}if(f>=a){let g=o.length;h=Math.floor(g/l)}if(h>m)if(this.defaultValue.length===1)i.subarray(m*l,h*l).fill(this.defaultValue[0]),m=h;else for(;h>m;){let g=i.slice(m*l);uI(g,c,l),++m}h<0?(p=f+1,d=m):(p=f,d=m,m=d+1)}}};function uI(n,t,e){for(let o=0;o<e;o++)n[o]=t[o]}function lI(n,t){let e=[];for(let o of n){if(o<0){if(!t)throw new Error(`Dimension ${o} must be >= 0`);if(o<-1)throw new Error(`Dimension ${o} must be >= -1`);o=-1}e.push(o)}return e}function Rc(n,t,e,o,r,s,i,u,l,a){return new Wg(n,t,e,o,r,s,i,u,l,a).compute()}function Vs(n,t,e,o){let r=n===t,s=n<t&&e<0,i=t<n&&e>1;if(r||s||i)return b.makeZerosTypedArray(0,o);let u=Math.abs(Math.ceil((t-n)/e)),l=b.makeZerosTypedArray(u,o);t<n&&e===1&&(e=-1),l[0]=n;for(let a=1;a<l.length;a++)l[a]=l[a-1]+e;return l}var Ug=mt(n=>1/Math.sqrt(n)),cP=Bt(os,Ug),cI={kernelName:os,backendName:"cpu",kernelFunc:cP};function Tn(n,t,e,o,r,s,i,u,l,a){let c=[o/r,r],p=n.values,d=t.values;if(o===0)return ce(e,t.dtype);let m=l instanceof Be?l:ce(c,t.dtype);typeof l=="string"||typeof l=="number"?m.values.fill(l):typeof l=="boolean"&&m.values.fill(+l);for(let f=0;f<s;f++){let h=[],g=0;for(let x=0;x<i;x++){let y=p[f*i+x];h.push(y),g+=y*u[x]}if(g<0||g>=o/r)throw new Error(`Invalid indices: ${h} does not index into ${e}`);for(let x=0;x<r;x++)a?m.values[g*r+x]+=d[f*r+x]:m.values[g*r+x]=t.rank===0?d[0]:d[f*r+x]}return m}var pI=mt(n=>1/(1+Math.exp(-n))),zg=pe(ur,n=>1/(1+Math.exp(-n))),dI={kernelName:ur,backendName:"cpu",kernelFunc:zg};function Ws(n,t,e,o,r){let s=Ke.isSliceContinous(o,t,e),i=b.sizeFromShape(e),u=b.computeStrides(o);if(s){let p=Ke.computeFlatOffset(t,u);return r==="string"?n.slice(p,p+i):n.subarray(p,p+i)}let l=r==="string"?I.fromUint8ToStringArray(n):n,a=ce(o,r,l),c=ce(e,r);for(let p=0;p<c.size;++p){let d=c.indexToLoc(p),m=d.map((f,h)=>f+t[h]);c.set(a.get(...m),...d)}return r==="string"?I.fromStringArrayToUint8(c.values):c.values}function xn(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{begin:s,size:i}=o;W(r,"slice");let[u,l]=Ke.parseSliceParams(r,s,i);Ke.assertParamsValid(r,u,l);let a=e.data.get(r.dataId).values,c=Ws(a,u,l,r.shape,r.dtype);return e.makeTensorInfo(l,r.dtype,c)}var mI={kernelName:Ga,backendName:"cpu",kernelFunc:xn};function Ac(n,t,e,o,r,s,i){let u=t[0],l=s[0],a=new Array(l),c=new Array(u),p=t[1];if(l===0){if(u!==0)throw new Error(I.getSparseFillEmptyRowsIndicesDenseShapeMismatch(u));let g=b.getArrayFromDType(e,0),x=b.getArrayFromDType(r,0);return[g,[0,p],x,a,c]}let d=!0,m=0,f=new Array(l).fill(0);for(let g=0;g<u;++g){let x=n[g*p];if(x<0)throw new Error(I.getSparseFillEmptyRowsNegativeIndexErrorMessage(g,x));if(x>=l)throw new Error(I.getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(g,x,l));++f[x],d=d&&x>=m,m=x}let h=!0;for(let g=0;g<l;++g){let x=f[g]===0;a[g]=x,h=h&&!x,f[g]=Math.max(f[g],1),g>0&&(f[g]+=f[g-1])}if(h&&d){let g=n,x=o;for(let y=0;y<u;++y)c[y]=y;return[g,[u,p],x,a,c]}else{let g=f[l-1],x=b.getArrayFromDType(e,g*p),y=b.getArrayFromDType(r,g),C=new Array(l).fill(0);for(let w=0;w<u;++w){let S=n[w*p],v=C[S],k=(S===0?0:f[S-1])+v;C[S]++;for(let T=0;T<p;++T)x[k*p+T]=n[w*p+T];y[k]=o[w],c[w]=k}for(let w=0;w<l;++w)if(C[w]===0){let v=w===0?0:f[w-1];x[v*p+0]=w;for(let k=1;k<p;++k)x[v*p+k]=0;y[v]=i}return[x,[g,p],y,a,c]}}function Ec(n,t,e,o,r){let s=b.sizeFromShape(o),i=t[0],u=r.length,l=[],a=1,c=-1;for(let g=0;g<u;++g){let x=r[g];if(x===-1){if(c!==-1)throw new Error(I.getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(c,g));c=g,l.push(1)}else{if(x<0)throw new Error(I.getSparseReshapeNegativeOutputDimErrorMessage(g,x));a*=x,l.push(x)}}if(c!==-1){if(a<=0)throw new Error(I.getSparseReshapeEmptyTensorZeroOutputDimErrorMessage());let g=Math.trunc(s/a);if(a*g!==s)throw new Error(I.getSparseReshapeInputOutputMultipleErrorMessage(o,l));l[c]=g}if(b.sizeFromShape(l)!==s)throw new Error(I.getSparseReshapeInputOutputMismatchErrorMessage(o,l));let d=o.length,m=[];if(d>0){m[d-1]=1;for(let g=d-2;g>=0;--g)m[g]=m[g+1]*o[g+1]}let f=[];if(u>0){f[u-1]=1;for(let g=u-2;g>=0;--g)f[g]=f[g+1]*l[g+1]}let h=b.getArrayFromDType(e,i*u);for(let g=0;g<i;++g){let x=0;for(let y=0;y<d;++y)x+=n[g*d+y]*m[y];for(let y=0;y<u;++y)h[g*u+y]=Math.trunc(x/f[y]),x%=f[y]}return[h,[i,u],l]}function Si(n,t,e,o,r,s=!1,i=0){let u=o.length,l=[t[0],n.length/t[0]],a=l[1],p=u>0?r[u-1]+1:0;if(p<0)throw new Error(I.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let d=t.slice();d[0]=p;let m=d.reduce((C,w)=>C*w,1),f=b.getArrayFromDType(e,m);if(u===0)return p>0&&f.fill(i),[f,d];if(p<=0)throw new Error(I.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let h=0,g=1,x=0,y=r[h];for(;;){let C=0;if(g<u){if(C=r[g],y===C){++g;continue}if(y>=C)throw new Error(I.getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage())}if(y<0||y>=p)throw new Error(I.getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(y,p));y>x&&f.fill(i,x*a,y*a);for(let w=h;w<g;++w){let S=o[w];if(S<0||S>=l[0])throw new Error(I.getSparseSegmentReductionIndicesOutOfRangeErrorMessage(w,o[w],l[0]));for(let v=0;v<a;v++)f[y*a+v]+=n[S*a+v]}if(s)for(let w=0;w<a;w++)f[y*a+w]/=g-h;if(h=g,++g,x=y+1,y=C,g>u)break}return x<p&&f.fill(i,x*a,p*a),[f,d]}var fI=mt(n=>Math.sqrt(n)),pP=pe(lr,n=>Math.sqrt(n)),hI={kernelName:lr,backendName:"cpu",kernelFunc:pP};var Gg=ke(((n,t)=>{let e=n-t;return e*e})),dP=Fe(fs,Gg),gI={kernelName:fs,backendName:"cpu",kernelFunc:dP};var Hg=mt((n,t)=>{let{pattern:e,replaceGlobal:o,rewrite:r}=t;return n.replace(new RegExp(e,o?"g":""),r)}),mP=Bt(hu,Hg),xI={kernelName:hu,backendName:"cpu",kernelFunc:mP};function Fc(n,t,e,o){let r=ce(n,t.dtype);for(let s=0;s<r.size;s++){let i=r.indexToLoc(s),u=new Array(i.length);for(let l=0;l<u.length;l++)u[l]=i[l]*e[l]+o[l];r.set(t.get(...u),...i)}return r}var qg=class{constructor(t,e,o,r,s,i){this.separator=b.encodeString(t),this.nGramWidths=e,this.leftPad=b.encodeString(o),this.rightPad=b.encodeString(r),this.padWidth=s,this.preserveShort=i}getPadWidth(t){return Math.min(this.padWidth<0?t-1:this.padWidth,t-1)}getNumNGrams(t,e){let o=this.getPadWidth(e);return Math.max(0,t+2*o-e+1)}createNGrams(t,e,o,r,s,i){for(let u=0;u<s;++u){let l=this.getPadWidth(i),a=Math.max(0,l-u),c=Math.max(0,l-(s-(u+1))),p=i-(a+c),d=e+(a>0?0:u-l),m=0;m+=a*this.leftPad.length;for(let y=0;y<p;++y)m+=t[d+y].length;m+=c*this.rightPad.length;let f=a+c+p-1;m+=f*this.separator.length,o[r+u]=new Uint8Array(m);let h=o[r+u],g=0,x=y=>y.forEach(C=>h[g++]=C);for(let y=0;y<a;++y)x(this.leftPad),x(this.separator);for(let y=0;y<p-1;++y)x(t[d+y]),x(this.separator);if(p>0){x(t[d+p-1]);for(let y=0;y<c;++y)x(this.separator),x(this.rightPad)}else{for(let y=0;y<c-1;++y)x(this.rightPad),x(this.separator);x(this.rightPad)}}}compute(t,e){let o=t.length,r=e.length;if(r>0){let l=e[0];if(l!==0)throw new Error(`First split value must be 0, got ${l}`);for(let a=1;a<r;++a){let c=e[a]>=l;if(c=c&&e[a]<=o,!c)throw new Error(`Invalid split value ${e[a]}, must be in [${l}, ${o}]`);l=e[a]}if(l!==o)throw new Error(`Last split value must be data size. Expected ${o}, got ${l}`)}let s=r-1,i=b.getArrayFromDType("int32",r);if(o===0||r===0){let l=new Array(o);for(let a=0;a<=s;++a)i[a]=0;return[l,i]}i[0]=0;for(let l=1;l<=s;++l){let a=e[l]-e[l-1],c=0;this.nGramWidths.forEach(p=>{c+=this.getNumNGrams(a,p)}),this.preserveShort&&a>0&&c===0&&(c=1),i[l]=i[l-1]+c}let u=new Array(i[s]);for(let l=0;l<s;++l){let a=e[l],c=i[l];if(this.nGramWidths.forEach(p=>{let d=e[l+1]-e[l],m=this.getNumNGrams(d,p);this.createNGrams(t,a,u,c,m,p),c+=m}),this.preserveShort&&c===i[l]){let p=e[l+1]-e[l];if(p===0)continue;let d=p+2*this.padWidth;this.createNGrams(t,a,u,c,1,d)}}return[u,i]}};function Us(n,t,e,o,r,s,i,u){return new qg(e,o,r,s,i,u).compute(n,t)}function fP(n,t,e,o){if(!n.length)return;if(t.length===0){for(let s=0;s<n.length;++s)o.push(n.subarray(s,s+1));return}if(t.length===1){let s=t[0],i=n.indexOf(s);for(;i!==-1;){let u=n.subarray(0,i);(!e||u.length!==0)&&o.push(u),n=n.subarray(i+1),i=n.indexOf(s)}(!e||n.length!==0)&&o.push(n);return}let r=0;for(let s=0;s<n.length+1;s++)if(s===n.length||t.indexOf(n[s])!==-1){let i=n.subarray(r,s);(!e||i.length!==0)&&o.push(i),r=s+1}}function zs(n,t,e){let o=n.length,r=[],s=0,i=0,u=new Array(o);for(let d=0;d<o;++d){let m=r.length;fP(n[d],t,e,r);let f=r.length-m;u[d]=f,s+=f,i=Math.max(i,f)}let l=b.getArrayFromDType("int32",s*2),a=new Array(s),c=[o,i],p=0;for(let d=0;d<o;++d)for(let m=0;m<u[d];++m)l[p*2]=d,l[p*2+1]=m,a[p]=r[p],++p;return[l,a,c]}function Gs(n,t){let e=b.getArrayFromDType("int32",n.length);for(let o=0;o<n.length;++o)e[o]=b.fingerPrint64(n[o]).modulo(t).getLowBitsUnsigned();return e}var Kg=ke(((n,t)=>n-t)),hP=bi(((n,t,e,o)=>({real:n-e,imag:t-o}))),Fu=Fe("Sub",Kg,hP),bI={kernelName:"Sub",backendName:"cpu",kernelFunc:Fu};function Dc(n,t){let e=new Array(n.rank);for(let r=0;r<e.length;r++)e[r]=n.shape[r]*t[r];let o=ce(e,n.dtype);for(let r=0;r<o.values.length;++r){let s=o.indexToLoc(r),i=new Array(n.rank);for(let l=0;l<i.length;l++)i[l]=s[l]%n.shape[l];let u=n.locToIndex(i);o.values[r]=n.values[u]}return o}var Du=(n,t)=>{let e=t.value-n.value;return e===0?n.index-t.index:e};function yI(n,t,e=0,o=n.length-1){for(;o>e;){if(o-e>600){let u=o-e+1,l=t-e+1,a=Math.log(u),c=.5*Math.exp(2*a/3),p=.5*Math.sqrt(a*c*(u-c)/u)*Math.sign(l-u/2),d=Math.max(e,Math.floor(t-l*c/u+p)),m=Math.min(o,Math.floor(t+(u-l)*c/u+p));yI(n,t,d,m)}let r=n[t],s=e,i=o;for(b.swap(n,e,t),Du(n[o],r)>0&&b.swap(n,e,o);s<i;){for(b.swap(n,s,i),s++,i--;Du(n[s],r)<0;)s=s+1;for(;Du(n[i],r)>0;)i=i-1}Du(n[e],r)===0?b.swap(n,e,i):(i=i+1,b.swap(n,i,o)),i<=t&&(e=i+1),t<=i&&(o=i-1)}}function $c(n,t,e,o,r){let s=t[t.length-1],[i,u]=[n.length/s,s],l=b.getTypedArrayFromDType(e,i*o),a=b.getTypedArrayFromDType("int32",i*o);for(let p=0;p<i;p++){let d=p*u,m=n.subarray(d,d+u),f=new Array(m.length);m.forEach((y,C)=>f[C]={value:y,index:C}),o<f.length&&(yI(f,o),f=f.slice(0,o)),r&&f.sort(Du);let h=p*o,g=l.subarray(h,h+o),x=a.subarray(h,h+o);for(let y=0;y<o;y++)g[y]=f[y].value,x[y]=f[y].index}let c=t.slice();return c[c.length-1]=o,[ce(c,e,l),ce(c,"int32",a)]}function Hs(n,t,e,o){let r=b.parseAxisParam(t,e)[0],s=[1,e[0],1];for(let f=0;f<r;f++)s[0]*=e[f];s[1]=e[r];for(let f=r+1;f<e.length;f++)s[2]*=e[f];let i=new Map,u=new Int32Array(e[r]),l=new Be(s,o,n),a=[],c=s[0]===1&&s[2]===1;for(let f=0;f<e[r];f++){let h;if(c)h=n[f].toString();else{let x=[];for(let y=0;y<s[0];y++)for(let C=0;C<s[2];C++)x.push(l.get(y,f,C));h=x.join(",")}let g=i.get(h);if(g!=null)u[f]=g;else{let x=i.size;i.set(h,x),u[f]=x,a.push(f)}}let p=s.slice();p[1]=i.size;let d=new Be(p,o);a.forEach((f,h)=>{for(let g=0;g<s[0];g++)for(let x=0;x<s[2];x++)d.set(l.get(g,f,x),g,h,x)});let m=e.slice();return m[r]=p[1],{outputValues:d.values,outputShape:m,indices:u}}ci("cpu",()=>new Ru,1);var Xg=pe("Elu",n=>n>=0?n:Math.exp(n)-1),CI={kernelName:"Elu",backendName:"cpu",kernelFunc:Xg};function Yg(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{alpha:s}=o;W([r],"leakyRelu");let i=b.sizeFromShape(r.shape),u=e.data.get(r.dataId).values,l=b.getTypedArrayFromDType("float32",i);for(let a=0;a<u.length;a++)l[a]=u[a]<0?s*u[a]:u[a];return e.makeTensorInfo(r.shape,"float32",l)}var II={kernelName:tr,backendName:"cpu",kernelFunc:Yg};var gP=ke((n,t)=>n<0?t*n:n);function Zg(n){let{inputs:t,backend:e}=n,{x:o,alpha:r}=t;W([o,r],"prelu");let s=e.data.get(o.dataId).values,i=e.data.get(r.dataId).values,[u,l]=gP(o.shape,r.shape,s,i,"float32");return e.makeTensorInfo(l,"float32",u)}var wI={kernelName:sr,backendName:"cpu",kernelFunc:Zg};var Qg=pe(ar,n=>Math.max(0,n)),SI={kernelName:ar,backendName:"cpu",kernelFunc:Qg};var Jg=pe(ir,n=>Math.min(Math.max(0,n),6)),vI={kernelName:ir,backendName:"cpu",kernelFunc:Jg};function qs(n,t,e,o,r){if(e==="linear")return wt({inputs:{x:t},backend:n});if(e==="relu")return Qg({inputs:{x:t},backend:n});if(e==="elu")return Xg({inputs:{x:t},backend:n});if(e==="relu6")return Jg({inputs:{x:t},backend:n});if(e==="prelu")return Zg({inputs:{x:t,alpha:o},backend:n});if(e==="leakyrelu")return Yg({inputs:{x:t},backend:n,attrs:{alpha:r}});if(e==="sigmoid")return zg({inputs:{x:t},backend:n});throw new Error(`Activation ${e} has not been implemented for the CPU backend.`)}function _e(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{shape:s}=o,i=b.sizeFromShape(r.shape),u=b.inferFromImplicitShape(s,i),l=b.sizeFromShape(u);b.assert(i===l,()=>`The new shape (${u}) has ${l} elements and the old shape (${r.shape}) has ${i} elements. The new shape and old shape must have the same number of elements.`),e.incRef(r.dataId);let a=e.data.get(r.dataId);if(a.complexTensorInfos!=null){let c=a.complexTensorInfos.real,p=a.complexTensorInfos.imag;c.shape=u,p.shape=u}return{dataId:r.dataId,shape:u,dtype:r.dtype}}var kI={kernelName:Ar,backendName:"cpu",kernelFunc:_e};function ex(n){let{inputs:t,backend:e,attrs:o}=n,{a:r,b:s}=t,{transposeA:i,transposeB:u}=o;W([r,s],"matMul");let l=r.shape.length,a=s.shape.length,c=i?r.shape[l-2]:r.shape[l-1],p=u?s.shape[a-1]:s.shape[a-2],d=i?r.shape[l-1]:r.shape[l-2],m=u?s.shape[a-2]:s.shape[a-1],f=r.shape.slice(0,-2),h=s.shape.slice(0,-2),g=b.sizeFromShape(f),x=b.sizeFromShape(h),C=vn.assertAndGetBroadcastShape(r.shape.slice(0,-2),s.shape.slice(0,-2)).concat([d,m]);b.assert(c===p,()=>`Error in matMul: inner shapes (${c}) and (${p}) of Tensors with shapes ${r.shape} and ${s.shape} and transposeA=${i} and transposeB=${u} must match.`);let w=i?[g,c,d]:[g,d,c],S=u?[x,m,p]:[x,p,m],v=_e({inputs:{x:r},backend:e,attrs:{shape:w}}),k=_e({inputs:{x:s},backend:e,attrs:{shape:S}}),T=i?v.shape[1]:v.shape[2],R=i?v.shape[2]:v.shape[1],A=u?k.shape[1]:k.shape[2],F=Math.max(g,x),D=e.data.get(v.dataId).values,$=e.data.get(k.dataId).values,O=b.computeStrides(v.shape),P=b.computeStrides(k.shape),[B,V,L]=i?[O[0],1,O[1]]:[O[0],O[1],1],[U,q,j]=u?[1,P[1],P[0]]:[P[1],1,P[0]],X=R*A,G=ce([F,R,A],v.dtype),H=G.values,Z=e.blockSize;for(let ee=0;ee<F;ee++){let ae=ee%g,fe=ee%x;for(let de=0;de<R;de+=Z){let ye=Math.min(de+Z,R);for(let Ce=0;Ce<A;Ce+=Z){let Me=Math.min(Ce+Z,A);for(let We=0;We<T;We+=Z){let Re=Math.min(We+Z,T);for(let Ue=de;Ue<ye;Ue++)for(let Oe=Ce;Oe<Me;Oe++){let ze=0;for(let Ge=We;Ge<Re;Ge++){let zt=D[ae*B+Ue*V+Ge*L],st=$[Ge*U+Oe*q+fe*j];ze+=zt*st}H[ee*X+(Ue*A+Oe)]+=ze}}}}}return e.disposeIntermediateTensorInfo(v),e.disposeIntermediateTensorInfo(k),e.makeTensorInfo(C,G.dtype,G.values)}var _I={kernelName:Zn,backendName:"cpu",kernelFunc:ex};function xP(n){let{inputs:t,backend:e,attrs:o}=n,{a:r,b:s,bias:i,preluActivationWeights:u}=t,{transposeA:l,transposeB:a,activation:c,leakyreluAlpha:p}=o,d,m,f,h=[];d=ex({inputs:{a:r,b:s},attrs:{transposeA:l,transposeB:a},backend:e}),i&&(m=Vn({inputs:{a:d,b:i},backend:e}),h.push(d),d=m),c&&(f=qs(e,d,c,u,p),h.push(d),d=f);for(let x of h)e.disposeIntermediateTensorInfo(x);return d}var TI={kernelName:Is,backendName:"cpu",kernelFunc:xP};var bP=pe(Yr,n=>Math.acos(n)),NI={kernelName:Yr,backendName:"cpu",kernelFunc:bP};var yP=pe(Zr,n=>Math.acosh(n)),RI={kernelName:Zr,backendName:"cpu",kernelFunc:yP};function CP(n){let{inputs:t,backend:e}=n,o=t;W(t,"addN");let r=o.map(u=>e.data.get(u.dataId).values),s=ce(o[0].shape,o[0].dtype),i=s.values;for(let u=0;u<o.length;u++){let l=r[u];for(let a=0;a<i.length;a++)i[a]+=l[a]}return e.makeTensorInfo(s.shape,s.dtype,s.values)}var AI={kernelName:Qr,backendName:"cpu",kernelFunc:CP};function IP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o;W(r,"all");let u=b.parseAxisParam(s,r.shape),l=u,a=I.getAxesPermutation(l,r.shape.length),c=r;a!=null&&(c=je({inputs:{x:r},backend:e,attrs:{perm:a}}),l=I.getInnerMostAxes(l.length,r.shape.length)),I.assertAxesAreInnerMostDims("all",l,c.shape.length);let[p,d]=I.computeOutAndReduceShapes(c.shape,l),m=b.sizeFromShape(d),f=b.makeZerosTypedArray(b.sizeFromShape(p),c.dtype),h=e.data.get(c.dataId).values;for(let x=0;x<f.length;++x){let y=x*m,C=h[y];for(let w=0;w<m;++w){let S=h[y+w];C=C&&S}f[x]=C}a!=null&&e.disposeIntermediateTensorInfo(c);let g=e.makeTensorInfo(p,c.dtype,f);if(i){let x=I.expandShapeToKeepDim(p,u),y=_e({inputs:{x:g},backend:e,attrs:{shape:x}});return e.disposeIntermediateTensorInfo(g),y}return g}var EI={kernelName:"All",backendName:"cpu",kernelFunc:IP};function wP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o;W(r,"any");let u=b.parseAxisParam(s,r.shape),l=u,a=I.getAxesPermutation(l,r.shape.length),c=r;a!=null&&(c=je({inputs:{x:r},backend:e,attrs:{perm:a}}),l=I.getInnerMostAxes(l.length,r.shape.length)),I.assertAxesAreInnerMostDims("any",l,c.shape.length);let[p,d]=I.computeOutAndReduceShapes(c.shape,l),m=b.sizeFromShape(d),f=b.makeZerosTypedArray(b.sizeFromShape(p),c.dtype),h=e.data.get(c.dataId).values;for(let x=0;x<f.length;++x){let y=x*m,C=h[y];for(let w=0;w<m;++w){let S=h[y+w];C=C||S}f[x]=C}a!=null&&e.disposeIntermediateTensorInfo(c);let g=e.makeTensorInfo(p,c.dtype,f);if(i){let x=I.expandShapeToKeepDim(p,u),y=_e({inputs:{x:g},backend:e,attrs:{shape:x}});return e.disposeIntermediateTensorInfo(g),y}return g}var FI={kernelName:"Any",backendName:"cpu",kernelFunc:wP};function SP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s}=o;W(r,"argMax");let i=b.parseAxisParam(s,r.shape),u=I.getAxesPermutation(i,r.shape.length),l=r,a=[];u!=null&&(l=je({inputs:{x:r},backend:e,attrs:{perm:u}}),a.push(l),i=I.getInnerMostAxes(i.length,l.shape.length)),i=[i[0]],I.assertAxesAreInnerMostDims("argMax",i,l.shape.length);let[c,p]=I.computeOutAndReduceShapes(l.shape,i),d=b.sizeFromShape(c),m=b.makeZerosTypedArray(d,"int32"),f=b.sizeFromShape(p),h=e.data.get(l.dataId).values;for(let g=0;g<m.length;++g){let x=g*f,y=h[x],C=0;for(let w=0;w<f;++w){let S=h[x+w];S>y&&(y=S,C=w)}m[g]=C}return a.forEach(g=>e.disposeIntermediateTensorInfo(g)),e.makeTensorInfo(c,"int32",m)}var DI={kernelName:Ca,backendName:"cpu",kernelFunc:SP};function vP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s}=o;W(r,"argMin");let i=b.parseAxisParam(s,r.shape),u=I.getAxesPermutation(i,r.shape.length),l=r,a=[];u!=null&&(l=je({inputs:{x:r},backend:e,attrs:{perm:u}}),a.push(l),i=I.getInnerMostAxes(i.length,l.shape.length)),i=[i[0]],I.assertAxesAreInnerMostDims("argMin",i,l.shape.length);let[c,p]=I.computeOutAndReduceShapes(l.shape,i),d=b.sizeFromShape(c),m=b.makeZerosTypedArray(d,"int32"),f=b.sizeFromShape(p),h=e.data.get(l.dataId).values;for(let g=0;g<m.length;++g){let x=g*f,y=h[x],C=0;for(let w=0;w<f;++w){let S=h[x+w];S<y&&(y=S,C=w)}m[g]=C}return a.forEach(g=>e.disposeIntermediateTensorInfo(g)),e.makeTensorInfo(c,"int32",m)}var $I={kernelName:Ia,backendName:"cpu",kernelFunc:vP};var kP=pe(Jr,n=>Math.asin(n)),MI={kernelName:Jr,backendName:"cpu",kernelFunc:kP};var _P=pe(eo,n=>Math.asinh(n)),PI={kernelName:eo,backendName:"cpu",kernelFunc:_P};var TP=pe(to,n=>Math.atan(n)),OI={kernelName:to,backendName:"cpu",kernelFunc:TP};var NP=ke((n,t)=>Math.atan2(n,t)),RP=Fe(ro,NP),BI={kernelName:ro,backendName:"cpu",kernelFunc:RP};var AP=pe(no,n=>Math.atanh(n)),LI={kernelName:no,backendName:"cpu",kernelFunc:AP};function _i(n,t,e,o,r,s){let i=r.strideHeight,u=r.strideWidth,l=r.dilationHeight,a=r.dilationWidth,c=r.effectiveFilterHeight,p=r.effectiveFilterWidth,d=r.padInfo.top,m=r.padInfo.left,f=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,h=ce(r.outShape,e),g=h.values,x=r.outShape[1]*r.outShape[2]*r.outShape[3],y=r.outShape[2]*r.outShape[3],C=r.outShape[3];for(let w=0;w<r.batchSize;++w){let S=w*x,v=w*o[0];for(let k=0;k<r.inChannels;++k)for(let T=0;T<r.outHeight;++T){let R=T*i-d,A=Math.max(0,R),F=Math.min(r.inHeight,c+R),D=S+T*y;for(let $=0;$<r.outWidth;++$){let O=$*u-m,P=Math.max(0,O),B=Math.min(r.inWidth,p+O),V=f,L=0,U=0;for(let j=A;j<F;j+=l){let X=v+j*o[1];for(let G=P;G<B;G+=a){let H=X+G*o[2],Z=n[H+k];s==="max"&&Z>V?V=Z:s==="avg"&&(L+=Z,U++)}if(isNaN(V))break}let q=D+$*C+k;g[q]=s==="avg"?L/U:V}}}return h}function Mc(n,t,e,o,r=!1,s=!1){let i=ce(o.outShape,"int32"),u=o.strideHeight,l=o.strideWidth,a=o.dilationHeight,c=o.dilationWidth,p=o.effectiveFilterHeight,d=o.effectiveFilterWidth,m=o.padInfo.top,f=o.padInfo.left,h=ce(t,e,n);for(let g=0;g<o.batchSize;++g)for(let x=0;x<o.inChannels;++x)for(let y=0;y<o.outHeight;++y){let C=y*u-m,w=C;for(;w<0;)w+=a;let S=Math.min(o.inHeight,p+C);for(let v=0;v<o.outWidth;++v){let k=v*l-f,T=k;for(;T<0;)T+=c;let R=Math.min(o.inWidth,d+k),A=Number.NEGATIVE_INFINITY,F=-1;for(let D=w;D<S;D+=a){let $=D-C;for(let O=T;O<R;O+=c){let P=O-k,B=h.get(g,D,O,x);B>A&&(A=B,r?F=s?((g*o.inHeight+D)*o.inWidth+O)*o.inChannels+x:(D*o.inWidth+O)*o.inChannels+x:F=$*d+P)}}i.set(F,g,y,v,x)}}return i}function Pc(n,t,e,o,r,s){let i=r.strideDepth,u=r.strideHeight,l=r.strideWidth,a=r.dilationDepth,c=r.dilationHeight,p=r.dilationWidth,d=r.effectiveFilterDepth,m=r.effectiveFilterHeight,f=r.effectiveFilterWidth,h=r.padInfo.front,g=r.padInfo.top,x=r.padInfo.left,y=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,C=ce(r.outShape,e),w=C.values,S=r.outShape[1]*r.outShape[2]*r.outShape[3]*r.outShape[4],v=r.outShape[2]*r.outShape[3]*r.outShape[4],k=r.outShape[3]*r.outShape[4],T=r.outShape[4];for(let R=0;R<r.batchSize;++R){let A=R*S,F=R*o[0];for(let D=0;D<r.inChannels;++D)for(let $=0;$<r.outDepth;++$){let O=$*i-h,P=O;for(;P<0;)P+=a;let B=Math.min(r.inDepth,d+O),V=A+$*v;for(let L=0;L<r.outHeight;++L){let U=L*u-g,q=U;for(;q<0;)q+=c;let j=Math.min(r.inHeight,m+U),X=V+L*k;for(let G=0;G<r.outWidth;++G){let H=G*l-x,Z=H;for(;Z<0;)Z+=p;let ee=Math.min(r.inWidth,f+H),ae=X+G*T,fe=y,de=0,ye=0;for(let Me=P;Me<B;Me+=a){let We=F+Me*o[1];for(let Re=q;Re<j;Re+=c){let Ue=We+Re*o[2];for(let Oe=Z;Oe<ee;Oe+=p){let ze=Ue+Oe*o[3],Ge=n[ze+D];if(s==="max"&&Ge>fe?fe=Ge:s==="avg"&&(de+=Ge,ye++),isNaN(fe))break}if(isNaN(fe))break}if(isNaN(fe))break}let Ce=ae+D;w[Ce]=s==="avg"?de/Math.max(ye,1):fe}}}}return C}function VI(n,t){let e=ce(t.outShape,"int32"),o=t.strideDepth,r=t.strideHeight,s=t.strideWidth,i=t.dilationDepth,u=t.dilationHeight,l=t.dilationWidth,a=t.effectiveFilterDepth,c=t.effectiveFilterHeight,p=t.effectiveFilterWidth,d=t.padInfo.front,m=t.padInfo.top,f=t.padInfo.left;for(let h=0;h<t.batchSize;++h)for(let g=0;g<t.inChannels;++g)for(let x=0;x<t.outDepth;++x){let y=x*o-d,C=y;for(;C<0;)C+=i;let w=Math.min(t.inDepth,a+y);for(let S=0;S<t.outHeight;++S){let v=S*r-m,k=v;for(;k<0;)k+=u;let T=Math.min(t.inHeight,c+v);for(let R=0;R<t.outWidth;++R){let A=R*s-f,F=A;for(;F<0;)F+=l;let D=Math.min(t.inWidth,p+A),$=Number.NEGATIVE_INFINITY,O=-1;for(let P=C;P<w;P+=i){let B=P-y;for(let V=k;V<T;V+=u){let L=V-v;for(let U=F;U<D;U+=l){let q=U-A,j=n.get(h,P,V,U,g);j>=$&&($=j,O=B*c*p+L*c+q)}}}e.set(O,h,x,S,R,g)}}}return e}function EP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t;W(r,"avgPool");let{filterSize:s,strides:i,pad:u,dimRoundingMode:l}=o,a=1;b.assert(I.eitherStridesOrDilationsAreOne(i,a),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${a}'`);let c=I.computePool2DInfo(r.shape,s,i,a,u,l),p;if(c.filterWidth===1&&c.filterHeight===1&&b.arraysEqual(c.inShape,c.outShape))p=wt({inputs:{x:r},backend:e});else{let d=e.data.get(r.dataId).values,m=b.computeStrides(r.shape),f=_i(d,r.shape,r.dtype,m,c,"avg");p=e.makeTensorInfo(c.outShape,r.dtype,f.values)}return p}var WI={kernelName:oo,backendName:"cpu",kernelFunc:EP};function FP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{filterSize:s,strides:i,pad:u,dimRoundingMode:l,dataFormat:a}=o;W(r,"avgPool3d");let c=I.computePool3DInfo(r.shape,s,i,1,u,l,a),p=e.data.get(r.dataId).values,d=Pc(p,r.shape,r.dtype,b.computeStrides(r.shape),c,"avg");return e.makeTensorInfo(d.shape,"float32",d.values)}var UI={kernelName:Sa,backendName:"cpu",kernelFunc:FP};function DP(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,{filterSize:i,strides:u,pad:l,dimRoundingMode:a}=o;W([r,s],"avgPool3DGrad");let c=I.computePool3DInfo(s.shape,i,u,1,l,a),p=c.strideDepth,d=c.strideHeight,m=c.strideWidth,f=c.filterDepth,h=c.filterHeight,g=c.filterWidth,x=c.dilationDepth,y=c.dilationHeight,C=c.dilationWidth,w=c.effectiveFilterDepth,S=c.effectiveFilterHeight,v=c.effectiveFilterWidth,k=w-1-c.padInfo.front,T=v-1-c.padInfo.left,R=S-1-c.padInfo.top,A=ce(s.shape,"float32"),F=1/(f*h*g),D=e.bufferSync(r);for(let $=0;$<c.batchSize;++$)for(let O=0;O<c.inChannels;++O)for(let P=0;P<c.inDepth;++P)for(let B=0;B<c.inHeight;++B)for(let V=0;V<c.inWidth;++V){let L=P-k,U=B-R,q=V-T,j=0;for(let X=0;X<w;X+=x){let G=(L+X)/p;if(!(G<0||G>=c.outDepth||Math.floor(G)!==G))for(let H=0;H<S;H+=y){let Z=(U+H)/d;if(!(Z<0||Z>=c.outHeight||Math.floor(Z)!==Z))for(let ee=0;ee<v;ee+=C){let ae=(q+ee)/m;if(ae<0||ae>=c.outWidth||Math.floor(ae)!==ae)continue;let fe=D.get($,G,Z,ae,O);j+=fe}}}A.set(j*F,$,P,B,V,O)}return e.makeTensorInfo(A.shape,A.dtype,A.values)}var zI={kernelName:va,backendName:"cpu",kernelFunc:DP};function $P(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,i=s;W([r,s],"avgPoolGrad");let{filterSize:u,strides:l,pad:a}=o,c=I.computePool2DInfo(i.shape,u,l,1,a),p=c.strideHeight,d=c.strideWidth,m=c.filterHeight,f=c.filterWidth,h=c.dilationHeight,g=c.dilationWidth,x=c.effectiveFilterHeight,y=c.effectiveFilterWidth,C=y-1-c.padInfo.left,w=x-1-c.padInfo.top,S=ce(i.shape,"float32"),v=1/(m*f),k=e.data.get(r.dataId).values,T=ce(r.shape,"float32",k);for(let R=0;R<c.batchSize;++R)for(let A=0;A<c.inChannels;++A)for(let F=0;F<c.inHeight;++F)for(let D=0;D<c.inWidth;++D){let $=F-w,O=D-C,P=0;for(let B=0;B<x;B+=h){let V=($+B)/p;if(!(V<0||V>=c.outHeight||Math.floor(V)!==V))for(let L=0;L<y;L+=g){let U=(O+L)/d;if(U<0||U>=c.outWidth||Math.floor(U)!==U)continue;let q=T.get(R,V,U,A);P+=q}}S.set(P*v,R,F,D,A)}return e.makeTensorInfo(S.shape,S.dtype,S.values)}var GI={kernelName:wa,backendName:"cpu",kernelFunc:$P};function MP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,scale:s,offset:i,mean:u,variance:l}=t;b.assert(u.shape.length===l.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),b.assert(i==null||u.shape.length===i.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),b.assert(s==null||u.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks."),W([r,u,l,s,i],"batchNorm");let{varianceEpsilon:a}=o;a==null&&(a=.001);let c=e.data.get(r.dataId).values,p=e.data.get(u.dataId).values,d=e.data.get(l.dataId).values,m=s?e.data.get(s.dataId).values:new Float32Array([1]),f=i?e.data.get(i.dataId).values:new Float32Array([0]),h=new Float32Array(c.length),g=f.length,x=m.length,y=d.length,C=p.length,w=0,S=0,v=0,k=0;for(let T=0;T<c.length;++T)h[T]=f[w++]+(c[T]-p[S++])*m[v++]/Math.sqrt(d[k++]+a),w>=g&&(w=0),S>=C&&(S=0),v>=x&&(v=0),k>=y&&(k=0);return e.makeTensorInfo(r.shape,r.dtype,h)}var HI={kernelName:ko,backendName:"cpu",kernelFunc:MP};function PP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{blockShape:s,crops:i}=o;W([r],"batchToSpaceND");let u=s.reduce((x,y)=>x*y),l=I.getReshaped(r.shape,s,u),a=I.getPermuted(l.length,s.length),c=I.getReshapedPermuted(r.shape,s,u),p=I.getSliceBeginCoords(i,s.length),d=I.getSliceSize(c,i,s.length),m=_e({inputs:{x:r},backend:e,attrs:{shape:l}}),f=je({inputs:{x:m},backend:e,attrs:{perm:a}}),h=_e({inputs:{x:f},backend:e,attrs:{shape:c}}),g=xn({inputs:{x:h},backend:e,attrs:{begin:p,size:d}});return e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(h),g}var qI={kernelName:ka,backendName:"cpu",kernelFunc:PP};function OP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,weights:s}=t,{size:i}=o,u=e.data.get(r.dataId).values,l=e.data.get(s.dataId).values,a=yi(u,l,s.dtype,s.shape,i);return e.makeTensorInfo([i],s.dtype,a)}var KI={kernelName:so,backendName:"cpu",kernelFunc:OP};function BP(n){let{inputs:t,backend:e}=n,{s0:o,s1:r}=t,s=e.data.get(o.dataId).values,i=e.data.get(r.dataId).values,u=I.assertAndGetBroadcastShape(Array.from(s),Array.from(i));return e.makeTensorInfo([u.length],"int32",Int32Array.from(u))}var jI={kernelName:_a,backendName:"cpu",kernelFunc:BP};var LP=pe(Nr,(n,t)=>{let e=t;return n>e.clipValueMax?e.clipValueMax:n<e.clipValueMin?e.clipValueMin:n}),XI={kernelName:Nr,backendName:"cpu",kernelFunc:LP};var VP=n=>{let{x:t}=n.inputs,e=n.backend,o=new Float32Array(b.sizeFromShape(t.shape)),r=e.data.get(t.dataId),s=r.complexTensorInfos.real,i=r.complexTensorInfos.imag,u=e.data.get(s.dataId).values,l=e.data.get(i.dataId).values;for(let a=0;a<u.length;a++){let c=u[a],p=l[a];o[a]=Math.hypot(c,p)}return e.makeOutput(o,t.shape,"float32")},YI={kernelName:Na,backendName:"cpu",kernelFunc:VP};function Wn(n){let{inputs:t,backend:e}=n,{input:o}=t,r=e.data.get(o.dataId).complexTensorInfos.imag,s=e.data.get(r.dataId).values;return e.makeTensorInfo(r.shape,r.dtype,s)}var ZI={kernelName:Bl,backendName:"cpu",kernelFunc:Wn};function Pr(n){let{inputs:t,backend:e,attrs:o}=n,{axis:r}=o,s=b.parseAxisParam(r,t[0].shape)[0],i=t.map(h=>h.shape);I.assertParamsConsistent(i,s);let u=I.computeOutShape(t.map(h=>h.shape),s);if(b.sizeFromShape(u)===0)return e.makeTensorInfo(u,t[0].dtype,[]);let l=t.filter(h=>b.sizeFromShape(h.shape)>0);if(l.length===1)return wt({inputs:{x:l[0]},backend:e});if(l[0].dtype==="complex64"){let h=l.map(w=>fn({inputs:{input:w},backend:e})),g=l.map(w=>Wn({inputs:{input:w},backend:e})),x=Pr({inputs:h,backend:e,attrs:{axis:s}}),y=Pr({inputs:g,backend:e,attrs:{axis:s}}),C=ct({inputs:{real:x,imag:y},backend:e});return h.forEach(w=>e.disposeIntermediateTensorInfo(w)),g.forEach(w=>e.disposeIntermediateTensorInfo(w)),e.disposeIntermediateTensorInfo(x),e.disposeIntermediateTensorInfo(y),C}let a=l.map(h=>{let x=[-1,b.sizeFromShape(h.shape.slice(s))];return _e({inputs:{x:h},backend:e,attrs:{shape:x}})}),c=a.map(h=>({vals:e.data.get(h.dataId).values,shape:h.shape}));u=I.computeOutShape(a.map(h=>h.shape),1);let p=a[0].shape[0]===1,d=Bs(c,u,t[0].dtype,p),m=I.computeOutShape(l.map(h=>h.shape),s),f=e.makeTensorInfo(m,t[0].dtype,d);return a.forEach(h=>e.disposeIntermediateTensorInfo(h)),f}var QI={kernelName:Ra,backendName:"cpu",kernelFunc:Pr};function tx(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dataFormat:l,dilations:a,dimRoundingMode:c}=o;W([r,s],"conv2d");let p=I.convertConv2DDataFormat(l),d=I.computeConv2DInfo(r.shape,s.shape,i,a,u,c,!1,p),m=d.filterHeight,f=d.filterWidth,h=d.dilationHeight,g=d.dilationWidth,x=d.padInfo.left,y=d.padInfo.top,C=d.dataFormat==="channelsLast",w=new Be(d.outShape,r.dtype),S=b.computeStrides(r.shape),v=b.computeStrides(s.shape),k=S[0],T=C?S[1]:S[2],R=C?S[2]:1,A=C?1:S[1],F=w.strides[0],D=C?w.strides[1]:w.strides[2],$=C?w.strides[2]:1,O=C?1:w.strides[1],P=e.data.get(r.dataId).values,B=e.data.get(s.dataId).values,V=w.values;for(let L=0;L<d.batchSize;++L){let U=L*k,q=L*F;for(let j=0;j<d.outHeight;++j){let X=q+j*D,G=j*d.strideHeight-y;for(let H=0;H<m;++H){let Z=G+H*h;if(Z<0||Z>=d.inHeight)continue;let ee=H*v[0],ae=U+Z*T;for(let fe=0;fe<d.outWidth;++fe){let de=X+fe*$,ye=fe*d.strideWidth-x;for(let Ce=0;Ce<f;++Ce){let Me=ye+Ce*g;if(Me<0||Me>=d.inWidth)continue;let We=ee+Ce*v[1],Re=ae+Me*R,Ue=We;for(let Oe=0;Oe<d.inChannels;++Oe){let ze=P[Re+Oe*A];for(let Ge=0;Ge<d.outChannels;++Ge)V[de+Ge*O]+=ze*B[Ue+Ge];Ue+=d.outChannels}}}}}}return e.makeTensorInfo(w.shape,w.dtype,V)}var JI={kernelName:Qn,backendName:"cpu",kernelFunc:tx};function WP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,dy:s}=t,{strides:i,pad:u,dataFormat:l,dimRoundingMode:a,filterShape:c}=o;W([r,s],"conv2dBackpropFilter");let p=I.convertConv2DDataFormat(l),d=I.computeConv2DInfo(r.shape,c,i,1,u,a,!1,p),{strideHeight:m,strideWidth:f,filterHeight:h,filterWidth:g}=d,x=d.dataFormat==="channelsLast",y=new Be(d.filterShape,"float32"),C=d.padInfo.left,w=d.padInfo.top,S=e.data.get(r.dataId).values,v=e.data.get(s.dataId).values,k=new Be(r.shape,r.dtype,S),T=new Be(s.shape,s.dtype,v);for(let R=0;R<h;++R){let A=Math.max(0,Math.ceil((w-R)/m)),F=Math.min(d.outHeight,(d.inHeight+w-R)/m);for(let D=0;D<g;++D){let $=Math.max(0,Math.ceil((C-D)/f)),O=Math.min(d.outWidth,(d.inWidth+C-D)/f);for(let P=0;P<d.inChannels;++P)for(let B=0;B<d.outChannels;++B){let V=0;for(let L=0;L<d.batchSize;++L)for(let U=A;U<F;++U){let q=R+U*m-w;for(let j=$;j<O;++j){let X=D+j*f-C;x?V+=k.get(L,q,X,P)*T.get(L,U,j,B):V+=k.get(L,P,q,X)*T.get(L,B,U,j)}}y.set(V,R,D,P,B)}}}return e.makeTensorInfo(y.shape,y.dtype,y.values)}var ew={kernelName:Dl,backendName:"cpu",kernelFunc:WP};function UP(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,filter:s}=t,{inputShape:i,strides:u,pad:l,dataFormat:a,dimRoundingMode:c}=o;W([r,s],"conv2dBackpropInput");let p=b.computeStrides(s.shape),d=b.computeStrides(r.shape),m=I.convertConv2DDataFormat(a),f=I.computeConv2DInfo(i,s.shape,u,1,l,c,!1,m),h=new Be(f.inShape,"float32"),g=h.values,x=e.data.get(r.dataId).values,y=e.data.get(s.dataId).values,[C,w,S]=p,{batchSize:v,filterHeight:k,filterWidth:T,inChannels:R,inHeight:A,inWidth:F,outChannels:D,outHeight:$,outWidth:O,strideHeight:P,strideWidth:B}=f;m=f.dataFormat;let V=k-1-f.padInfo.top,L=T-1-f.padInfo.left,U=m==="channelsLast",q=h.strides[0],j=U?h.strides[1]:h.strides[2],X=U?h.strides[2]:1,G=U?1:h.strides[1],H=d[0],Z=U?d[1]:d[2],ee=U?d[2]:1,ae=U?1:d[1];for(let fe=0;fe<v;++fe)for(let de=0;de<R;++de)for(let ye=0;ye<A;++ye){let Ce=ye-V,Me=Math.max(0,Math.ceil(Ce/P)),We=Math.min($,(k+Ce)/P);for(let Re=0;Re<F;++Re){let Ue=Re-L,Oe=Math.max(0,Math.ceil(Ue/B)),ze=Math.min(O,(T+Ue)/B),Ge=0;for(let st=Me;st<We;++st){let nn=st*P-Ce;for(let bt=Oe;bt<ze;++bt){let Je=bt*B-Ue,yt=H*fe+Z*st+ee*bt,Ct=C*(k-1-nn)+w*(T-1-Je)+S*de;for(let rn=0;rn<D;++rn){let on=x[yt+ae*rn],vt=y[Ct+rn];Ge+=on*vt}}}let zt=q*fe+j*ye+X*Re+G*de;g[zt]=Ge}}return e.makeTensorInfo(h.shape,h.dtype,h.values)}var tw={kernelName:uo,backendName:"cpu",kernelFunc:UP};function zP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dilations:l}=o;W([r,s],"conv3d");let a=I.computeConv3DInfo(r.shape,s.shape,i,l,u),{filterDepth:c,filterHeight:p,filterWidth:d,dilationDepth:m,dilationHeight:f,dilationWidth:h,padInfo:g}=a,x=g.front,y=g.left,C=g.top,w=new Be(a.outShape,r.dtype),S=e.data.get(r.dataId).values,v=e.data.get(s.dataId).values,k=w.values,T=b.computeStrides(r.shape),R=b.computeStrides(s.shape);for(let A=0;A<a.batchSize;++A){let F=A*T[0],D=A*w.strides[0];for(let $=0;$<a.outDepth;++$){let O=D+$*w.strides[1],P=$*a.strideDepth-x;for(let B=0;B<c;++B){let V=P+B*m;if(V<0||V>=a.inDepth)continue;let L=B*R[0],U=F+V*T[1];for(let q=0;q<a.outHeight;++q){let j=O+q*w.strides[2],X=q*a.strideHeight-C;for(let G=0;G<p;++G){let H=X+G*f;if(H<0||H>=a.inHeight)continue;let Z=L+G*R[1],ee=U+H*T[2];for(let ae=0;ae<a.outWidth;++ae){let fe=j+ae*a.outChannels,de=ae*a.strideWidth-y;for(let ye=0;ye<d;++ye){let Ce=de+ye*h;if(Ce<0||Ce>=a.inWidth)continue;let Me=Z+ye*R[2],We=ee+Ce*a.inChannels,Re=Me;for(let Ue=0;Ue<a.inChannels;++Ue){let Oe=S[We+Ue];for(let ze=0;ze<a.outChannels;++ze)k[fe+ze]+=Oe*v[Re+ze];Re+=a.outChannels}}}}}}}}return e.makeTensorInfo(w.shape,w.dtype,w.values)}var nw={kernelName:lo,backendName:"cpu",kernelFunc:zP};function GP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,dy:s}=t,{strides:i,pad:u,filterShape:l}=o;W([r,s],"conv3dBackpropFilterV2");let a=b.computeStrides(r.shape),c=b.computeStrides(s.shape),p=I.computeConv3DInfo(r.shape,l,i,1,u),d=p.strideDepth,m=p.strideHeight,f=p.strideWidth,h=p.filterDepth,g=p.filterHeight,x=p.filterWidth,y=new Be(p.filterShape,"float32"),C=y.values,[w,S,v,k]=y.strides,T=e.data.get(s.dataId).values,[R,A,F,D]=c,$=e.data.get(r.dataId).values,[O,P,B,V]=a,L=p.padInfo.front,U=p.padInfo.left,q=p.padInfo.top;for(let j=0;j<h;++j){let X=Math.max(0,Math.ceil((L-j)/d)),G=Math.min(p.outDepth,(p.inDepth+L-j)/d),H=j*w;for(let Z=0;Z<g;++Z){let ee=Math.max(0,Math.ceil((q-Z)/m)),ae=Math.min(p.outHeight,(p.inHeight+q-Z)/m),fe=Z*S+H;for(let de=0;de<x;++de){let ye=Math.max(0,Math.ceil((U-de)/f)),Ce=Math.min(p.outWidth,(p.inWidth+U-de)/f),Me=de*v+fe;for(let We=0;We<p.inChannels;++We){let Re=We*k+Me;for(let Ue=0;Ue<p.outChannels;++Ue){let Oe=0;for(let ze=0;ze<p.batchSize;++ze){let Ge=ze*O,zt=ze*R;for(let st=X;st<G;++st){let bt=(j+st*d-L)*P+Ge,Je=st*A+zt;for(let yt=ee;yt<ae;++yt){let rn=(Z+yt*m-q)*B+bt,on=yt*F+Je;for(let vt=ye;vt<Ce;++vt){let Cn=(de+vt*f-U)*V+rn,En=vt*D+on;Oe+=$[Cn+We]*T[En+Ue]}}}}C[Re+Ue]=Oe}}}}}return e.makeTensorInfo(y.shape,y.dtype,y.values)}var rw={kernelName:co,backendName:"cpu",kernelFunc:GP};function HP(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,filter:s}=t,{pad:i,strides:u,inputShape:l}=o;W([r],"conv3dBackpropInputV2");let a=b.computeStrides(r.shape),c=b.computeStrides(s.shape),p=I.computeConv3DInfo(l,s.shape,u,1,i),d=new Be(p.inShape,"float32"),m=d.values,[f,h,g,x]=d.strides,y=e.data.get(r.dataId).values,[C,w,S,v]=a,k=e.data.get(s.dataId).values,[T,R,A,F]=c,{batchSize:D,filterDepth:$,filterHeight:O,filterWidth:P,inChannels:B,inDepth:V,inHeight:L,inWidth:U,outChannels:q,outDepth:j,outHeight:X,outWidth:G,strideDepth:H,strideHeight:Z,strideWidth:ee}=p,ae=$-1-p.padInfo.front,fe=O-1-p.padInfo.top,de=P-1-p.padInfo.left;for(let ye=0;ye<D;++ye)for(let Ce=0;Ce<B;++Ce)for(let Me=0;Me<V;++Me){let We=Me-ae,Re=Math.max(0,Math.ceil(We/H)),Ue=Math.min(j,($+We)/H);for(let Oe=0;Oe<L;++Oe){let ze=Oe-fe,Ge=Math.max(0,Math.ceil(ze/Z)),zt=Math.min(X,(O+ze)/Z);for(let st=0;st<U;++st){let nn=st-de,bt=Math.max(0,Math.ceil(nn/ee)),Je=Math.min(G,(P+nn)/ee),yt=0;for(let Ct=Re;Ct<Ue;++Ct){let rn=Ct*H-We;for(let on=Ge;on<zt;++on){let vt=on*Z-ze;for(let Hn=bt;Hn<Je;++Hn){let Cn=Hn*ee-nn,En=C*ye+w*Ct+S*on+v*Hn,ft=T*($-1-rn)+R*(O-1-vt)+A*(P-1-Cn)+F*Ce;for(let qn=0;qn<q;++qn){let tu=y[En+qn],nu=k[ft+qn];yt+=tu*nu}}}}m[f*ye+h*Me+g*Oe+x*st+Ce]=yt}}}return e.makeTensorInfo(d.shape,d.dtype,d.values)}var ow={kernelName:po,backendName:"cpu",kernelFunc:HP};var qP=pe("Cos",n=>Math.cos(n)),sw={kernelName:"Cos",backendName:"cpu",kernelFunc:qP};var KP=pe(mo,n=>Math.cosh(n)),aw={kernelName:mo,backendName:"cpu",kernelFunc:KP};function jP(n){let{inputs:t,backend:e,attrs:o}=n,{image:r,boxes:s,boxInd:i}=t,{cropSize:u,method:l,extrapolationValue:a}=o,[c,p,d,m]=r.shape,f=s.shape[0],[h,g]=u,x=ce([f,h,g,m],"float32"),y=e.data.get(s.dataId).values,C=e.data.get(i.dataId).values,w=e.data.get(r.dataId).values,S=b.computeStrides(r.shape),v=b.computeStrides(x.shape);for(let k=0;k<f;k++){let T=k*4,R=y[T],A=y[T+1],F=y[T+2],D=y[T+3],$=C[k];if($>=c)continue;let O=h>1?(F-R)*(p-1)/(h-1):0,P=g>1?(D-A)*(d-1)/(g-1):0;for(let B=0;B<h;B++){let V=h>1?R*(p-1)+B*O:.5*(R+F)*(p-1);if(V<0||V>p-1){for(let L=0;L<g;L++)for(let U=0;U<m;U++){let q=U+L*v[2]+B*v[1]+k*v[0];x.values[q]=a}continue}if(l==="bilinear"){let L=Math.floor(V),U=Math.ceil(V),q=V-L;for(let j=0;j<g;j++){let X=g>1?A*(d-1)+j*P:.5*(A+D)*(d-1);if(X<0||X>d-1){for(let ee=0;ee<m;ee++){let ae=ee+j*v[2]+B*v[1]+k*v[0];x.values[ae]=a}continue}let G=Math.floor(X),H=Math.ceil(X),Z=X-G;for(let ee=0;ee<m;ee++){let ae=ee+G*S[2]+L*S[1]+$*S[0],fe=w[ae];ae=ee+H*S[2]+L*S[1]+$*S[0];let de=w[ae];ae=ee+G*S[2]+U*S[1]+$*S[0];let ye=w[ae];ae=ee+H*S[2]+U*S[1]+$*S[0];let Ce=w[ae],Me=fe+(de-fe)*Z,We=ye+(Ce-ye)*Z;ae=ee+j*v[2]+B*v[1]+k*v[0],x.values[ae]=Me+(We-Me)*q}}}else for(let L=0;L<g;++L){let U=g>1?A*(d-1)+L*P:.5*(A+D)*(d-1);if(U<0||U>d-1){for(let X=0;X<m;X++){let G=X+L*v[2]+B*v[1]+k*v[0];x.values[G]=a}continue}let q=Math.round(U),j=Math.round(V);for(let X=0;X<m;X++){let G=X+q*S[2]+j*S[1]+$*S[0],H=X+L*v[2]+B*v[1]+k*v[0];x.values[H]=w[G]}}}}return e.makeTensorInfo(x.shape,x.dtype,x.values)}var iw={kernelName:go,backendName:"cpu",kernelFunc:jP};function XP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,exclusive:i,reverse:u}=o;W(r,"cumprod");let l=I.getAxesPermutation([s],r.shape.length),a=r;l!=null&&(a=je({inputs:{x:r},backend:e,attrs:{perm:l}}));let c=I.getInnerMostAxes(1,r.shape.length)[0];if(c!==a.shape.length-1)throw new Error(`backend.cumprod in CPU expects an inner-most axis=${a.shape.length-1} but got axis=${c}`);let p=at(a.dtype,"int32"),d=b.makeOnesTypedArray(b.sizeFromShape(a.shape),p),m=e.data.get(a.dataId).values,f=a.shape[a.shape.length-1],h=u?(x,y)=>x+f-y-1:(x,y)=>x+y;for(let x=0;x<m.length;x+=f)for(let y=0;y<f;y++){let C=h(x,y);if(y===0)d[C]=i?1:m[C];else{let w=h(x,y-1);d[C]=i?m[w]*d[w]:m[C]*d[w]}}let g=e.makeTensorInfo(a.shape,p,d);if(l!=null){let x=I.getUndoAxesPermutation(l),y=je({inputs:{x:g},backend:e,attrs:{perm:x}});return e.disposeIntermediateTensorInfo(g),e.disposeIntermediateTensorInfo(a),y}return g}var uw={kernelName:fo,backendName:"cpu",kernelFunc:XP};function YP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,exclusive:i,reverse:u}=o;W(r,"cumsum");let l=I.getAxesPermutation([s],r.shape.length),a=r;l!=null&&(a=je({inputs:{x:r},backend:e,attrs:{perm:l}}));let c=I.getInnerMostAxes(1,r.shape.length)[0];if(c!==a.shape.length-1)throw new Error(`backend.cumsum in CPU expects an inner-most axis=${a.shape.length-1} but got axis=${c}`);let p=at(a.dtype,"int32"),d=b.makeZerosTypedArray(b.sizeFromShape(a.shape),p),m=e.data.get(a.dataId).values,f=a.shape[a.shape.length-1],h=u?(x,y)=>x+f-y-1:(x,y)=>x+y;for(let x=0;x<m.length;x+=f)for(let y=0;y<f;y++){let C=h(x,y);if(y===0)d[C]=i?0:m[C];else{let w=h(x,y-1);d[C]=i?m[w]+d[w]:m[C]+d[w]}}let g=e.makeTensorInfo(a.shape,p,d);if(l!=null){let x=I.getUndoAxesPermutation(l),y=je({inputs:{x:g},backend:e,attrs:{perm:x}});return e.disposeIntermediateTensorInfo(g),e.disposeIntermediateTensorInfo(a),y}return g}var lw={kernelName:ho,backendName:"cpu",kernelFunc:YP};function ZP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,weights:s}=t,{size:i,binaryOutput:u}=o;if(r.shape.length===1){let l=e.data.get(r.dataId).values,a=e.data.get(s.dataId).values,c=yi(l,a,s.dtype,s.shape,i);return e.makeTensorInfo([i],s.dtype,c)}else if(r.shape.length===2){let l=e.bufferSync(r),a=e.bufferSync(s),c=wc(l,a,i,u);return e.makeTensorInfo(c.shape,s.dtype,c.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${r.shape.length}.`)}var cw={kernelName:Aa,backendName:"cpu",kernelFunc:ZP};function QP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{blockSize:s,dataFormat:i}=o;b.assert(i==="NHWC",()=>`Only NHWC dataFormat supported on CPU for depthToSpace. Got ${i}`);let u=r.shape[0],l=r.shape[1],a=r.shape[2],c=r.shape[3],p=l*s,d=a*s,m=c/(s*s),f=e.data.get(r.dataId).values,h=new Float32Array(u*p*d*m),g=0;for(let x=0;x<u;++x)for(let y=0;y<p;++y){let C=Math.floor(y/s),w=y%s;for(let S=0;S<d;++S){let v=Math.floor(S/s),k=S%s,T=(w*s+k)*m;for(let R=0;R<m;++R){let F=R+T+c*(v+a*(C+l*x));h[g++]=f[F]}}}return e.makeTensorInfo([u,p,d,m],r.dtype,h)}var pw={kernelName:xo,backendName:"cpu",kernelFunc:QP};function nx(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dilations:l,dimRoundingMode:a}=o;W([r,s],"depthwiseConv2DNative");let c=b.computeStrides(r.shape),p=b.computeStrides(s.shape),d=l;d==null&&(d=[1,1]),b.assert(I.eitherStridesOrDilationsAreOne(i,d),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${i} and dilations '${d}'`);let m=I.computeConv2DInfo(r.shape,s.shape,i,d,u,a,!0),{filterHeight:f,filterWidth:h,dilationHeight:g,dilationWidth:x,padInfo:y}=m,C=y.left,w=y.top,S=m.outChannels/m.inChannels,v=new Be(m.outShape,r.dtype),k=e.data.get(r.dataId).values,T=e.data.get(s.dataId).values,R=v.values;for(let A=0;A<m.batchSize;++A){let F=A*c[0],D=A*v.strides[0];for(let $=0;$<m.outHeight;++$){let O=D+$*v.strides[1],P=$*m.strideHeight-w;for(let B=0;B<f;++B){let V=P+B*g;if(V<0||V>=m.inHeight)continue;let L=B*p[0],U=F+V*c[1];for(let q=0;q<m.outWidth;++q){let j=O+q*v.strides[2],X=q*m.strideWidth-C;for(let G=0;G<h;++G){let H=X+G*x;if(H<0||H>=m.inWidth)continue;let Z=L+G*p[1],ee=U+H*m.inChannels,ae=j,fe=Z;for(let de=0;de<m.inChannels;++de){let ye=k[ee+de];for(let Ce=0;Ce<S;++Ce)R[ae+Ce]+=ye*T[fe+Ce];ae+=S,fe+=S}}}}}}return e.makeTensorInfo(v.shape,v.dtype,v.values)}var dw={kernelName:bo,backendName:"cpu",kernelFunc:nx};function JP(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,dy:s}=t,{strides:i,dilations:u,pad:l,dimRoundingMode:a,filterShape:c}=o;W([r,s],"depthwiseConv2dNativeBackpropFilter");let p=I.computeConv2DInfo(r.shape,c,i,u,l,a,!0),{strideHeight:d,strideWidth:m,filterHeight:f,filterWidth:h}=p,g=new Be(p.filterShape,"float32"),x=p.padInfo.left,y=p.padInfo.top,C=p.outChannels/p.inChannels,w=e.data.get(r.dataId).values,S=new Be(r.shape,r.dtype,w),v=e.data.get(s.dataId).values,k=new Be(s.shape,s.dtype,v);for(let T=0;T<f;++T){let R=Math.max(0,Math.ceil((y-T)/d)),A=Math.min(p.outHeight,(p.inHeight+y-T)/d);for(let F=0;F<h;++F){let D=Math.max(0,Math.ceil((x-F)/m)),$=Math.min(p.outWidth,(p.inWidth+x-F)/m);for(let O=0;O<p.outChannels;++O){let P=Math.trunc(O/C),B=O%C,V=0;for(let L=0;L<p.batchSize;++L)for(let U=R;U<A;++U){let q=T+U*d-y;for(let j=D;j<$;++j){let X=F+j*m-x;V+=S.get(L,q,X,P)*k.get(L,U,j,O)}}g.set(V,T,F,P,B)}}}return e.makeTensorInfo(g.shape,g.dtype,g.values)}var mw={kernelName:$l,backendName:"cpu",kernelFunc:JP};function eO(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,filter:s}=t,{strides:i,dilations:u,pad:l,dimRoundingMode:a,inputShape:c}=o;W([r,s],"depthwiseConv2DNativeBackpropInput");let p=b.computeStrides(r.shape),d=b.computeStrides(s.shape),m=I.computeConv2DInfo(c,s.shape,i,u,l,a,!0),f=new Be(m.inShape,"float32"),h=f.values,[g,x,y]=f.strides,C=e.data.get(r.dataId).values,[w,S,v]=p,k=e.data.get(s.dataId).values,[T,R,A]=d,{batchSize:F,filterHeight:D,filterWidth:$,inChannels:O,inHeight:P,inWidth:B,outChannels:V,outHeight:L,outWidth:U,strideHeight:q,strideWidth:j}=m,X=D-1-m.padInfo.top,G=$-1-m.padInfo.left,H=V/O;for(let Z=0;Z<F;++Z)for(let ee=0;ee<O;++ee)for(let ae=0;ae<P;++ae){let fe=ae-X,de=Math.max(0,Math.ceil(fe/q)),ye=Math.min(L,(D+fe)/q);for(let Ce=0;Ce<B;++Ce){let Me=Ce-G,We=Math.max(0,Math.ceil(Me/j)),Re=Math.min(U,($+Me)/j),Ue=0;for(let Oe=de;Oe<ye;++Oe){let ze=Oe*q-fe;for(let Ge=We;Ge<Re;++Ge){let zt=Ge*j-Me,st=w*Z+S*Oe+v*Ge,nn=T*(D-1-ze)+R*($-1-zt)+A*ee;for(let bt=0;bt<H;++bt){let Je=ee*H+bt,yt=C[st+Je],Ct=k[nn+bt];Ue+=yt*Ct}}}h[g*Z+x*ae+y*Ce+ee]=Ue}}return e.makeTensorInfo(f.shape,f.dtype,f.values)}var fw={kernelName:Ml,backendName:"cpu",kernelFunc:eO};function tO(n){let{inputs:t,backend:e}=n,{x:o}=t,r=b.sizeFromShape(o.shape),s=e.data.get(o.dataId).values,i=ce([r,r],o.dtype),u=i.values;for(let a=0;a<s.length;a++)u[a*r+a]=s[a];let l=[...o.shape,...o.shape];return e.makeTensorInfo(l,i.dtype,i.values)}var hw={kernelName:Ea,backendName:"cpu",kernelFunc:tO};var gw={kernelName:yo,backendName:"cpu",kernelFunc:({inputs:n,backend:t,attrs:e})=>{let{x:o,filter:r}=n,{strides:s,pad:i,dilations:u}=e,l=t,a=l.data.get(o.dataId).values,c=o.shape.length,p=l.data.get(r.dataId).values,d=r.shape.length,{batchSize:m,inHeight:f,inWidth:h,inChannels:g,outHeight:x,outWidth:y,padInfo:C,strideHeight:w,strideWidth:S,filterHeight:v,filterWidth:k,dilationHeight:T,dilationWidth:R,outShape:A}=I.computeDilation2DInfo(o.shape,r.shape,s,i,"NHWC",u),F=b.sizeFromShape(A),D=A.length,$=b.getArrayFromDType(o.dtype,F);for(let P=0;P<m;++P)for(let B=0;B<x;++B){let V=B*w-C.top;for(let L=0;L<y;++L){let U=L*S-C.left;for(let q=0;q<g;++q){let j=Number.MIN_SAFE_INTEGER;for(let G=0;G<v;++G){let H=V+G*T;if(H>=0&&H<f)for(let Z=0;Z<k;++Z){let ee=U+Z*R;if(ee>=0&&ee<h){let ae=b.locToIndex([P,H,ee,q],c,b.computeStrides(o.shape)),fe=b.locToIndex([G,Z,q],d,b.computeStrides(r.shape)),de=a[ae]+p[fe];de>j&&(j=de)}}}let X=b.locToIndex([P,B,L,q],D,b.computeStrides(A));$[X]=j}}}return{dataId:l.write(b.toTypedArray($,o.dtype),A,o.dtype),shape:A,dtype:o.dtype}}};var xw={kernelName:Da,backendName:"cpu",kernelFunc:({inputs:n,backend:t,attrs:e})=>{let{x:o,filter:r,dy:s}=n,{strides:i,pad:u,dilations:l}=e,a=t,c=b.toNestedArray(o.shape,a.data.get(o.dataId).values),p=b.toNestedArray(r.shape,a.data.get(r.dataId).values),{batchSize:d,inHeight:m,inWidth:f,inChannels:h,outHeight:g,outWidth:x,padInfo:y,strideHeight:C,strideWidth:w,filterHeight:S,filterWidth:v,dilationHeight:k,dilationWidth:T,outShape:R}=I.computeDilation2DInfo(o.shape,r.shape,i,u,"NHWC",l);b.assert(s.rank===R.length,()=>`Error in ${Da}, dy must have the same rank as output ${R.length}, but got ${s.rank}`);let A=b.toNestedArray(R,a.data.get(s.dataId).values),F=b.makeZerosNestedTypedArray(r.shape,r.dtype);for(let $=0;$<d;++$)for(let O=0;O<g;++O){let P=O*C-y.top;for(let B=0;B<x;++B){let V=B*w-y.left;for(let L=0;L<h;++L){let U=Number.MIN_SAFE_INTEGER,q=0,j=0;for(let X=0;X<S;++X){let G=P+X*k;if(G>=0&&G<m)for(let H=0;H<v;++H){let Z=V+H*T;if(Z>=0&&Z<f){let ee=c[$][G][Z][L]+p[X][H][L];ee>U&&(U=ee,q=X,j=H)}}}F[q][j][L]+=A[$][O][B][L]}}}return{dataId:a.write(b.toTypedArray(F,o.dtype),r.shape,r.dtype),shape:r.shape,dtype:r.dtype}}};var bw={kernelName:Fa,backendName:"cpu",kernelFunc:({inputs:n,backend:t,attrs:e})=>{let{x:o,filter:r,dy:s}=n,{strides:i,pad:u,dilations:l}=e,a=t,c=b.toNestedArray(o.shape,a.data.get(o.dataId).values),p=b.toNestedArray(r.shape,a.data.get(r.dataId).values),{batchSize:d,inHeight:m,inWidth:f,inChannels:h,outHeight:g,outWidth:x,padInfo:y,strideHeight:C,strideWidth:w,filterHeight:S,filterWidth:v,dilationHeight:k,dilationWidth:T,outShape:R}=I.computeDilation2DInfo(o.shape,r.shape,i,u,"NHWC",l);b.assert(s.rank===R.length,()=>`Error in ${Fa}, dy must have the same rank as output ${R.length}, but got ${s.rank}`);let A=b.toNestedArray(R,a.data.get(s.dataId).values),F=b.makeZerosNestedTypedArray(o.shape,o.dtype);for(let $=0;$<d;++$)for(let O=0;O<g;++O){let P=O*C-y.top;for(let B=0;B<x;++B){let V=B*w-y.left;for(let L=0;L<h;++L){let U=Number.MIN_SAFE_INTEGER,q=P<0?0:P,j=V<0?0:V;for(let X=0;X<S;++X){let G=P+X*k;if(G>=0&&G<m)for(let H=0;H<v;++H){let Z=V+H*T;if(Z>=0&&Z<f){let ee=c[$][G][Z][L]+p[X][H][L];ee>U&&(U=ee,q=G,j=Z)}}}F[$][q][j][L]+=A[$][O][B][L]}}}return{dataId:a.write(b.toTypedArray(F,o.dtype),o.shape,o.dtype),shape:o.shape,dtype:o.dtype}}};function nO(n){let{inputs:t,backend:e,attrs:o}=n,{image:r}=t,{canvas:s,options:i}=o,{contextOptions:u,imageOptions:l}=i||{},a=l?.alpha||1,c=u?.contextType||"2d";if(c!=="2d")throw new Error(`Context type ${u.contextType} is not supported by the CPU backend.`);let p=s.getContext(c,u?.contextAttributes||{});if(p==null)throw new Error(`Could not get the context with ${c} type.`);let[d,m]=r.shape.slice(0,2),f=r.shape.length===2?1:r.shape[2],h=e.data.get(r.dataId).values,g=r.dtype==="float32"?255:1,x=new Uint8ClampedArray(m*d*4);for(let C=0;C<d*m;++C){let w=[0,0,0,255*a];for(let v=0;v<f;v++){let k=h[C*f+v];if(r.dtype==="float32"){if(k<0||k>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${k}.`)}else if(r.dtype==="int32"&&(k<0||k>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${k}.`);f===1?(w[0]=k*g,w[1]=k*g,w[2]=k*g):w[v]=k*g}let S=C*4;x[S+0]=Math.round(w[0]),x[S+1]=Math.round(w[1]),x[S+2]=Math.round(w[2]),x[S+3]=Math.round(w[3])}s.width=m,s.height=d;let y=new ImageData(x,m,d);return p.putImageData(y,0,0),r}var yw={kernelName:Db,backendName:"cpu",kernelFunc:nO};function yr(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o;W(r,"sum");let u;r.dtype==="bool"?u=hn({inputs:{x:r},backend:e,attrs:{dtype:"int32"}}):u=wt({inputs:{x:r},backend:e});let l=u.shape.length,a=b.parseAxisParam(s,u.shape),c=I.getAxesPermutation(a,l),p=a,d=u;c!=null&&(d=je({inputs:{x:u},backend:e,attrs:{perm:c}}),p=I.getInnerMostAxes(p.length,l)),I.assertAxesAreInnerMostDims("sum",p,d.shape.length);let[m,f]=I.computeOutAndReduceShapes(d.shape,p),h=I.upcastType(d.dtype,"int32"),g=xi(e,m,h),x=b.sizeFromShape(f),y=e.data.get(g.dataId).values,C=e.data.get(d.dataId).values;for(let w=0;w<y.length;++w){let S=w*x,v=0;for(let k=0;k<x;++k)v+=C[S+k];y[w]=v}if(i){let w=I.expandShapeToKeepDim(g.shape,a),S=g;g=_e({inputs:{x:g},backend:e,attrs:{shape:w}}),e.disposeIntermediateTensorInfo(S)}return e.disposeIntermediateTensorInfo(u),c!=null&&e.disposeIntermediateTensorInfo(d),g}var Cw={kernelName:"Sum",backendName:"cpu",kernelFunc:yr};function rO(n){let{inputs:t,backend:e,attrs:o}=n,{equation:r}=o,s=t,{allDims:i,summedDims:u,idDims:l}=I.decodeEinsumEquation(r,s.length);I.checkEinsumDimSizes(i.length,l,s);let{path:a,steps:c}=I.getEinsumComputePath(u,l),p=c.length,d=null,m=i.length,f=[];for(let h=0;h<p;++h){for(let g of c[h]){let{permutationIndices:x,expandDims:y}=I.getEinsumPermutation(m,l[g]),C;I.isIdentityPermutation(x)?C=s[g]:(C=je({inputs:{x:s[g]},backend:e,attrs:{perm:x}}),f.push(C));let w=C.shape.slice();for(let S=0;S<y.length;++S)w.splice(y[S],0,1);b.arraysEqual(C.shape,w)||(C=_e({inputs:{x:C},backend:e,attrs:{shape:w}}),f.push(C)),d===null?d=C:(d=Ls({inputs:{a:C,b:d},backend:e}),f.push(d))}h<p-1&&(a[h]>=0&&(d=yr({inputs:{x:d},backend:e,attrs:{axis:a[h]-(i.length-m),keepDims:!1}}),f.push(d)),m--)}for(let h of f)h!==d&&e.disposeIntermediateTensorInfo(h);return d}var Iw={kernelName:Pl,backendName:"cpu",kernelFunc:rO};function oO(n){let{inputs:t,backend:e}=n,{dy:o,y:r}=t;W([o,r],"eluGrad");let s=new Float32Array(b.sizeFromShape(r.shape)),i=e.data.get(r.dataId).values,u=e.data.get(o.dataId).values;for(let l=0;l<i.length;++l){let a=i[l];a>=0?s[l]=u[l]:s[l]=u[l]*(a+1)}return e.makeTensorInfo(r.shape,"float32",s)}var ww={kernelName:Co,backendName:"cpu",kernelFunc:oO};var sO=I.ERF_P,aO=I.ERF_A1,iO=I.ERF_A2,uO=I.ERF_A3,lO=I.ERF_A4,cO=I.ERF_A5,pO=pe("Erf",n=>{let t=Math.sign(n),e=Math.abs(n),o=1/(1+sO*e);return t*(1-((((cO*o+lO)*o+uO)*o+iO)*o+aO)*o*Math.exp(-e*e))}),Sw={kernelName:"Erf",backendName:"cpu",kernelFunc:pO};function Ri(n){let{inputs:t,backend:e,attrs:o}=n,{input:r}=t,{dim:s}=o,i=r.shape.length,u=r.shape.slice(),l=s;return s<0&&(b.assert(-(i+1)<=s,()=>`Axis must be in the interval [${-(i+1)}, ${i}]`),l=i+s+1),u.splice(l,0,1),_e({inputs:{x:r},backend:e,attrs:{shape:u}})}var vw={kernelName:$a,backendName:"cpu",kernelFunc:Ri};var dO=ke((n,t)=>n/t),$u=Fe(Jn,dO),Mu={kernelName:Jn,backendName:"cpu",kernelFunc:$u};function Oc(n,t,e){let o=n.shape,r=o[0],s=o[1],i=e.data.get(n.dataId),u=i.complexTensorInfos.real,l=i.complexTensorInfos.imag,a=[r,s],c=b.sizeFromShape(a),p=b.getTypedArrayFromDType("float32",c),d=b.getTypedArrayFromDType("float32",c);for(let g=0;g<r;g++){let x=xn({inputs:{x:u},backend:e,attrs:{begin:[g,0],size:[1,s]}}),y=xn({inputs:{x:l},backend:e,attrs:{begin:[g,0],size:[1,s]}}),C=ct({inputs:{real:x,imag:y},backend:e}),{real:w,imag:S}=mO(C,t,e),v=I.mergeRealAndImagArrays(w,S);for(let k=0;k<s;k++){let T=I.getComplexWithIndex(v,k);p[g*s+k]=T.real,d[g*s+k]=T.imag}e.disposeIntermediateTensorInfo(x),e.disposeIntermediateTensorInfo(y),e.disposeIntermediateTensorInfo(C)}let m=e.makeTensorInfo(a,"float32",p),f=e.makeTensorInfo(a,"float32",d),h=ct({inputs:{real:m,imag:f},backend:e});return e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(f),h}function mO(n,t,e){let o=b.sizeFromShape(n.shape),r=e.data.get(n.dataId),s=e.data.get(r.complexTensorInfos.real.dataId).values,i=e.data.get(r.complexTensorInfos.imag.dataId).values;if(fO(o)){let u=rx(s,i,o,t,e),l=[n.shape[0],n.shape[1]];if(t){let a=e.makeTensorInfo(l,"float32",u.real),c=e.makeTensorInfo(l,"float32",u.imag),p=e.makeTensorInfo([],"float32",b.createScalarValue(o,"float32")),d=wt({inputs:{x:p},backend:e}),m=Mu.kernelFunc({inputs:{a,b:p},backend:e}),f=Mu.kernelFunc({inputs:{a:c,b:d},backend:e}),h=e.data.get(m.dataId).values,g=e.data.get(f.dataId).values;return e.disposeIntermediateTensorInfo(a),e.disposeIntermediateTensorInfo(c),e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(f),{real:h,imag:g}}return u}else{let u=I.mergeRealAndImagArrays(s,i),l=hO(u,o,t);return I.splitRealAndImagArrays(l)}}function fO(n){return(n&n-1)===0}function rx(n,t,e,o,r){if(e===1)return{real:n,imag:t};let s=I.mergeRealAndImagArrays(n,t),i=e/2,u=I.complexWithEvenIndex(s),l=u.real,a=u.imag,c=[l.length],p=r.makeTensorInfo(c,"float32",l),d=r.makeTensorInfo(c,"float32",a),m=ct({inputs:{real:p,imag:d},backend:r}),f=I.complexWithOddIndex(s),h=f.real,g=f.imag,x=[h.length],y=r.makeTensorInfo(x,"float32",h),C=r.makeTensorInfo(x,"float32",g),w=ct({inputs:{real:y,imag:C},backend:r}),S=rx(l,a,i,o,r),v=S.real,k=S.imag,T=[v.length],R=r.makeTensorInfo(T,"float32",v),A=r.makeTensorInfo(T,"float32",k),F=ct({inputs:{real:R,imag:A},backend:r}),D=rx(h,g,i,o,r),$=D.real,O=D.imag,P=[$.length],B=r.makeTensorInfo(P,"float32",$),V=r.makeTensorInfo(P,"float32",O),L=ct({inputs:{real:B,imag:V},backend:r}),U=I.exponents(e,o),q=[U.real.length],j=r.makeTensorInfo(q,"float32",U.real),X=r.makeTensorInfo(q,"float32",U.imag),G=ct({inputs:{real:j,imag:X},backend:r}),H=Ls({inputs:{a:G,b:L},backend:r}),Z=Vn({inputs:{a:F,b:H},backend:r}),ee=Fu({inputs:{a:F,b:H},backend:r}),ae=fn({inputs:{input:Z},backend:r}),fe=fn({inputs:{input:ee},backend:r}),de=Wn({inputs:{input:Z},backend:r}),ye=Wn({inputs:{input:ee},backend:r}),Ce=Pr({inputs:[ae,fe],backend:r,attrs:{axis:0}}),Me=Pr({inputs:[de,ye],backend:r,attrs:{axis:0}}),We=r.data.get(Ce.dataId).values,Re=r.data.get(Me.dataId).values;return r.disposeIntermediateTensorInfo(p),r.disposeIntermediateTensorInfo(d),r.disposeIntermediateTensorInfo(m),r.disposeIntermediateTensorInfo(y),r.disposeIntermediateTensorInfo(C),r.disposeIntermediateTensorInfo(w),r.disposeIntermediateTensorInfo(R),r.disposeIntermediateTensorInfo(A),r.disposeIntermediateTensorInfo(F),r.disposeIntermediateTensorInfo(B),r.disposeIntermediateTensorInfo(V),r.disposeIntermediateTensorInfo(L),r.disposeIntermediateTensorInfo(j),r.disposeIntermediateTensorInfo(X),r.disposeIntermediateTensorInfo(G),r.disposeIntermediateTensorInfo(H),r.disposeIntermediateTensorInfo(Z),r.disposeIntermediateTensorInfo(ee),r.disposeIntermediateTensorInfo(ae),r.disposeIntermediateTensorInfo(de),r.disposeIntermediateTensorInfo(fe),r.disposeIntermediateTensorInfo(ye),r.disposeIntermediateTensorInfo(Ce),r.disposeIntermediateTensorInfo(Me),{real:We,imag:Re}}function hO(n,t,e){let o=new Float32Array(t*2);for(let r=0;r<t;r++){let s=0,i=0;for(let u=0;u<t;u++){let l=I.exponent(r*u,t,e),a=I.getComplexWithIndex(n,u);s+=a.real*l.real-a.imag*l.imag,i+=a.real*l.imag+a.imag*l.real}e&&(s/=t,i/=t),I.assignToTypedArray(o,s,i,r)}return o}function gO(n){let{inputs:t,backend:e}=n,{input:o}=t,r=b.sizeFromShape(o.shape),s=o.shape[o.shape.length-1],i=r/s,u=_e({inputs:{x:o},backend:e,attrs:{shape:[i,s]}}),l=Oc(u,!1,e),a=_e({inputs:{x:l},backend:e,attrs:{shape:o.shape}});return e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(l),a}var kw={kernelName:"FFT",backendName:"cpu",kernelFunc:gO};function Pu(n){let{backend:t,attrs:e}=n,{shape:o,value:r,dtype:s}=e,i=s||b.inferDtype(r),u=b.getArrayFromDType(i,b.sizeFromShape(o));return xO(u,r,i),t.makeTensorInfo(o,i,u)}var _w={kernelName:Rr,backendName:"cpu",kernelFunc:Pu};function xO(n,t,e){n.fill(t)}var Tw={kernelName:So,backendName:"cpu",kernelFunc:({inputs:n,attrs:t,backend:e})=>{let{image:o}=n,r=e,s=b.getTypedArrayFromDType(o.dtype,b.sizeFromShape(o.shape)),[i,u,l,a]=o.shape,c=r.data.get(o.dataId).values;for(let d=0;d<i;d++){let m=d*l*u*a;for(let f=0;f<u;f++){let h=f*(l*a);for(let g=0;g<l;g++){let x=g*a;for(let y=0;y<a;y++){let C=Math.round(l-g-1),w=m+h+x+y,S=c[w];if(C>=0&&C<l){let v=C*a,k=m+h+v+y;S=c[k]}s[w]=S}}}}return{dataId:r.write(s,o.shape,o.dtype),shape:o.shape,dtype:o.dtype}}};function bO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s,bias:i,preluActivationWeights:u}=t,{strides:l,pad:a,dataFormat:c,dilations:p,dimRoundingMode:d,activation:m,leakyreluAlpha:f}=o,h=tx({inputs:{x:r,filter:s},backend:e,attrs:{strides:l,pad:a,dataFormat:c,dilations:p,dimRoundingMode:d}});if(i){let g=h;if(c==="NCHW"&&i.shape.length===1&&i.shape[0]!==1){let x=_e({inputs:{x:i},backend:e,attrs:{shape:[i.shape[0],1,1]}});h=Vn({inputs:{a:h,b:x},backend:e}),e.disposeIntermediateTensorInfo(x)}else h=Vn({inputs:{a:h,b:i},backend:e});e.disposeIntermediateTensorInfo(g)}if(m){let g=h;if(c==="NCHW"&&m==="prelu"&&u.shape.length===1&&u.shape[0]!==1){let x=_e({inputs:{x:u},backend:e,attrs:{shape:[u.shape[0],1,1]}});h=qs(e,h,m,x,f),e.disposeIntermediateTensorInfo(x)}else h=qs(e,h,m,u,f);e.disposeIntermediateTensorInfo(g)}return h}var Nw={kernelName:ws,backendName:"cpu",kernelFunc:bO};function yO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s,bias:i,preluActivationWeights:u}=t,{strides:l,pad:a,dataFormat:c,dilations:p,dimRoundingMode:d,activation:m,leakyreluAlpha:f}=o,h=nx({inputs:{x:r,filter:s},backend:e,attrs:{strides:l,pad:a,dataFormat:c,dilations:p,dimRoundingMode:d}});if(i){let g=h;h=Vn({inputs:{a:h,b:i},backend:e}),e.disposeIntermediateTensorInfo(g)}if(m){let g=h;h=qs(e,h,m,u,f),e.disposeIntermediateTensorInfo(g)}return h}var Rw={kernelName:Ss,backendName:"cpu",kernelFunc:yO};function CO(n){let{inputs:t,backend:e}=n,{params:o,indices:r}=t,s=b.sizeFromShape(o.shape),i=r.shape,u=i[i.length-1],[l,a,c,p]=I.prepareAndValidate(o,r);if(a===0)return e.makeTensorInfo(l,o.dtype,[]);let d=e.data.get(r.dataId).values,m=e.bufferSync(o),f=Sc(d,m,o.dtype,a,u,c,p,o.shape,s);return e.makeTensorInfo(l,o.dtype,f.values)}var Aw={kernelName:_o,backendName:"cpu",kernelFunc:CO};function IO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,indices:s}=t,{axis:i,batchDims:u}=o;W([r,s],"gatherV2");let l=b.parseAxisParam(i,r.shape)[0],a=e.data.get(s.dataId).values,c=r.shape[l];for(let w=0;w<a.length;++w){let S=a[w];b.assert(S<=c-1&&S>=0,()=>`GatherV2: the index value ${S} is not in [0, ${c-1}]`)}let p=u;u==null&&(p=0);let d=b.sizeFromShape(s.shape),m=I.segment_util.collectGatherOpShapeInfo(r,s,l,p),f=_e({inputs:{x:r},backend:e,attrs:{shape:[m.batchSize,m.outerSize,m.dimSize,m.sliceSize]}}),h=_e({inputs:{x:s},backend:e,attrs:{shape:[m.batchSize,d/m.batchSize]}}),g=[m.batchSize,m.outerSize,d/m.batchSize,m.sliceSize],x=e.bufferSync(h),y=e.bufferSync(f),C=vc(y,x,g);return e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(h),e.makeTensorInfo(m.outputShape,C.dtype,C.values)}var Ew={kernelName:Ma,backendName:"cpu",kernelFunc:IO};function wO(n){let{inputs:t,backend:e}=n,{input:o}=t,r=b.sizeFromShape(o.shape),s=o.shape[o.shape.length-1],i=r/s,u=_e({inputs:{x:o},backend:e,attrs:{shape:[i,s]}}),l=Oc(u,!0,e),a=_e({inputs:{x:l},backend:e,attrs:{shape:o.shape}});return e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(l),a}var Fw={kernelName:Ol,backendName:"cpu",kernelFunc:wO};var SO=pe(Ro,n=>Number.isFinite(n)?1:0,"bool"),Dw={kernelName:Ro,backendName:"cpu",kernelFunc:SO};var vO=pe(Ao,n=>Math.abs(n)===1/0?1:0,"bool"),$w={kernelName:Ao,backendName:"cpu",kernelFunc:vO};var kO=pe(Eo,n=>Number.isNaN(n)?1:0,"bool"),Mw={kernelName:Eo,backendName:"cpu",kernelFunc:kO};function _O(n){let{backend:t,attrs:e}=n,{start:o,stop:r,num:s}=e,i=kc(o,r,s);return t.makeTensorInfo([i.length],"float32",i)}var Pw={kernelName:$o,backendName:"cpu",kernelFunc:_O};var TO=pe(Mo,n=>Math.log1p(n)),Ow={kernelName:Mo,backendName:"cpu",kernelFunc:TO};var NO=ke((n,t)=>n&&t),RO=Fe(Po,NO,null,"bool"),Bw={kernelName:Po,backendName:"cpu",kernelFunc:RO};var AO=pe(Oo,n=>n?0:1,"bool"),Lw={kernelName:Oo,backendName:"cpu",kernelFunc:AO};var EO=ke((n,t)=>n||t),FO=Fe(Bo,EO,null,"bool"),Vw={kernelName:Bo,backendName:"cpu",kernelFunc:FO};function DO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{depthRadius:s,bias:i,alpha:u,beta:l}=o;W(r,"LRN");let a=r.shape[3],c=a-1,p=e.data.get(r.dataId).values,d=b.sizeFromShape(r.shape),m=new Float32Array(d);function f(h){let g=h%a,x=h-g+Math.max(0,g-s),y=h-g+Math.min(g+s,c),C=0;for(;x<=y;x++){let w=p[x];C+=w*w}return C}for(let h=0;h<d;h++){let g=f(h),x=p[h]*Math.pow(i+u*g,-l);m[h]=x}return e.makeTensorInfo(r.shape,r.dtype,m)}var Ww={kernelName:"LRN",backendName:"cpu",kernelFunc:DO};function $O(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,y:s,dy:i}=t,{depthRadius:u,bias:l,alpha:a,beta:c}=o;W(i,"LRNGrad");let p=b.sizeFromShape(i.shape),d=i.shape[3],m=e.data.get(i.dataId).values,f=e.data.get(r.dataId).values,h=e.data.get(s.dataId).values,g=new Float32Array(p),x=p;for(let y=0;y<x;y++){let C=y%d,w=y-C+Math.max(0,C-u),S=y-C+Math.min(d,C+u+1),v=0;for(let k=w;k<S;k++)v+=Math.pow(f[k],2);v=a*v+l;for(let k=w;k<S;k++){let T=-2*a*c*f[k]*h[y]/v;y===k&&(T+=Math.pow(v,-c)),T*=m[y],g[k]+=T}}return e.makeTensorInfo(i.shape,r.dtype,g)}var Uw={kernelName:Lo,backendName:"cpu",kernelFunc:$O};function sx(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{reductionIndices:s,keepDims:i}=o,u=e,l=r.shape,a=l.length,c=b.parseAxisParam(s,l),p=c,d=I.getAxesPermutation(p,a),m=u.data.get(r.dataId).values;if(d!=null){let w=new Array(a);for(let S=0;S<w.length;S++)w[S]=l[d[S]];m=wi(m,l,r.dtype,d,w),p=I.getInnerMostAxes(p.length,a),l=w}W(r,"max"),I.assertAxesAreInnerMostDims("max",p,a);let[f,h]=I.computeOutAndReduceShapes(l,p),g=b.sizeFromShape(h),x=_c(m,g,f,r.dtype),y=u.write(x,f,r.dtype),C=f;return i&&(C=I.expandShapeToKeepDim(f,c)),{dataId:y,shape:C,dtype:r.dtype}}var zw={kernelName:"Max",backendName:"cpu",kernelFunc:sx};function MO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t;W(r,"maxPool");let{filterSize:s,strides:i,pad:u,dimRoundingMode:l}=o,a=1;b.assert(I.eitherStridesOrDilationsAreOne(i,a),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${a}'`);let c=I.computePool2DInfo(r.shape,s,i,a,u,l),p;if(c.filterWidth===1&&c.filterHeight===1&&b.arraysEqual(c.inShape,c.outShape))p=wt({inputs:{x:r},backend:e});else{let d=e.data.get(r.dataId).values,m=b.computeStrides(r.shape),f=_i(d,r.shape,r.dtype,m,c,"max");p=e.makeTensorInfo(c.outShape,r.dtype,f.values)}return p}var Gw={kernelName:rr,backendName:"cpu",kernelFunc:MO};function PO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{filterSize:s,strides:i,pad:u,dimRoundingMode:l,dataFormat:a}=o;W(r,"maxPool3d");let c=I.computePool3DInfo(r.shape,s,i,1,u,l,a),p=e.data.get(r.dataId).values,d=Pc(p,r.shape,r.dtype,b.computeStrides(r.shape),c,"max");return e.makeTensorInfo(d.shape,"float32",d.values)}var Hw={kernelName:Oa,backendName:"cpu",kernelFunc:PO};function OO(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,{filterSize:i,strides:u,pad:l,dimRoundingMode:a}=o;W([r,s],"maxPool3DGrad");let c=I.computePool3DInfo(s.shape,i,u,1,l,a),p=e.bufferSync(s),d=VI(p,c),m=c.strideDepth,f=c.strideHeight,h=c.strideWidth,g=c.dilationDepth,x=c.dilationHeight,y=c.dilationWidth,C=c.effectiveFilterDepth,w=c.effectiveFilterHeight,S=c.effectiveFilterWidth,v=C-1-c.padInfo.front,k=S-1-c.padInfo.left,T=w-1-c.padInfo.top,R=ce(s.shape,"float32"),A=e.bufferSync(r);for(let F=0;F<c.batchSize;++F)for(let D=0;D<c.inChannels;++D)for(let $=0;$<c.inDepth;++$)for(let O=0;O<c.inHeight;++O)for(let P=0;P<c.inWidth;++P){let B=$-v,V=O-T,L=P-k,U=0;for(let q=0;q<C;q+=g){let j=(B+q)/m;if(!(j<0||j>=c.outDepth||Math.floor(j)!==j))for(let X=0;X<w;X+=x){let G=(V+X)/f;if(!(G<0||G>=c.outHeight||Math.floor(G)!==G))for(let H=0;H<S;H+=y){let Z=(L+H)/h;if(Z<0||Z>=c.outWidth||Math.floor(Z)!==Z)continue;let ee=C*w*S-1-d.get(F,j,G,Z,D),ae=q*w*S+X*S+H,fe=ee===ae?1:0;if(fe===0)continue;let de=A.get(F,j,G,Z,D);U+=de*fe}}}R.set(U,F,$,O,P,D)}return e.makeTensorInfo(R.shape,R.dtype,R.values)}var qw={kernelName:Ba,backendName:"cpu",kernelFunc:OO};function BO(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s,output:i}=t,u=s;W([s,i],"maxPoolGrad");let{filterSize:l,strides:a,pad:c,dimRoundingMode:p}=o,d=I.computePool2DInfo(u.shape,l,a,1,c,p),m=e.data.get(u.dataId).values,f=ce(d.outShape,u.dtype,Mc(m,u.shape,u.dtype,d).values),h=d.strideHeight,g=d.strideWidth,x=d.dilationHeight,y=d.dilationWidth,C=d.effectiveFilterHeight,w=d.effectiveFilterWidth,S=w-1-d.padInfo.left,v=C-1-d.padInfo.top,k=ce(u.shape,"float32"),T=e.data.get(r.dataId).values,R=ce(r.shape,"float32",T);for(let A=0;A<d.batchSize;++A)for(let F=0;F<d.inChannels;++F)for(let D=0;D<d.inHeight;++D)for(let $=0;$<d.inWidth;++$){let O=D-v,P=$-S,B=0;for(let V=0;V<C;V+=x){let L=(O+V)/h;if(!(L<0||L>=d.outHeight||Math.floor(L)!==L))for(let U=0;U<w;U+=y){let q=(P+U)/g;if(q<0||q>=d.outWidth||Math.floor(q)!==q)continue;let j=C*w-1-f.get(A,L,q,F),X=V*w+U,G=j===X?1:0;if(G===0)continue;let H=R.get(A,L,q,F);B+=H*G}}k.set(B,A,D,$,F)}return e.makeTensorInfo(k.shape,k.dtype,k.values)}var Kw={kernelName:Pa,backendName:"cpu",kernelFunc:BO};function jw(n,t,e,o,r){let s=b.computeStrides(t),i=_i(n,t,e,s,r,"max"),u=Mc(n,t,e,r,!0,o);return[i.values,u.values]}var Xw={kernelName:La,backendName:"cpu",kernelFunc:({inputs:n,attrs:t,backend:e})=>{let{x:o}=n,{filterSize:r,strides:s,pad:i,includeBatchInIndex:u}=t,l=e;W(o,"MaxPoolWithArgmax");let a=l.data.get(o.dataId).values,c=I.computePool2DInfo(o.shape,r,s,[1,1],i),[p,d]=jw(a,o.shape,o.dtype,u,c),m=l.write(p,c.outShape,o.dtype),f=l.write(d,c.outShape,o.dtype);return[{dataId:m,shape:c.outShape,dtype:o.dtype},{dataId:f,shape:c.outShape,dtype:"int32"}]}};function LO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o,u=b.parseAxisParam(s,r.shape),a=I.computeOutAndReduceShapes(r.shape,u)[1],c=b.sizeFromShape(a),p=[],d=e.makeTensorInfo([],"float32",new Float32Array([c]));p.push(d);let m=hn({inputs:{x:r},backend:e,attrs:{dtype:"float32"}});p.push(m);let f=$u({inputs:{a:m,b:d},backend:e});p.push(f);let h=yr({inputs:{x:f},backend:e,attrs:{axis:s,keepDims:i}});return p.forEach(g=>e.disposeIntermediateTensorInfo(g)),h}var Yw={kernelName:Vo,backendName:"cpu",kernelFunc:LO};function VO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o;W(r,"min");let u=b.parseAxisParam(s,r.shape),l=u,a=I.getAxesPermutation(l,r.shape.length),c=r;a!=null&&(c=je({inputs:{x:r},backend:e,attrs:{perm:a}}),l=I.getInnerMostAxes(l.length,r.shape.length)),I.assertAxesAreInnerMostDims("min",l,c.shape.length);let[p,d]=I.computeOutAndReduceShapes(c.shape,l),m=b.sizeFromShape(d),f=b.makeZerosTypedArray(b.sizeFromShape(p),c.dtype),h=e.data.get(c.dataId).values;for(let x=0;x<f.length;++x){let y=x*m,C=h[y];for(let w=0;w<m;++w){let S=h[y+w];(Number.isNaN(S)||S<C)&&(C=S)}f[x]=C}a!=null&&e.disposeIntermediateTensorInfo(c);let g=e.makeTensorInfo(p,c.dtype,f);if(i){let x=I.expandShapeToKeepDim(p,u),y=_e({inputs:{x:g},backend:e,attrs:{shape:x}});return e.disposeIntermediateTensorInfo(g),y}return g}var Zw={kernelName:"Min",backendName:"cpu",kernelFunc:VO};function WO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{paddings:s,mode:i}=o;W(r,"mirrorPad");let u=s.map((C,w)=>C[0]+r.shape[w]+C[1]),l=s.map(C=>C[0]),a=s.map((C,w)=>C[0]+r.shape[w]),c=i==="reflect"?0:1,p=e.data.get(r.dataId).values,d=r.shape.length,m=b.computeStrides(r.shape),f=b.sizeFromShape(u),h=u.length,g=b.computeStrides(u),x=b.getTypedArrayFromDType(r.dtype,f);for(let C=0;C<f;C++){let w=b.indexToLoc(C,h,g);for(let v=0;v<h;v++)w[v]<l[v]?w[v]=l[v]*2-w[v]-c:w[v]>=a[v]&&(w[v]=(a[v]-1)*2-w[v]+c);w=w.map((v,k)=>v-l[k]);let S=b.locToIndex(w,d,m);x[C]=p[S]}return{dataId:e.write(x,u,r.dtype),shape:u,dtype:r.dtype}}var Qw={kernelName:Uo,backendName:"cpu",kernelFunc:WO};var UO=ke(((n,t)=>{let e=n%t;return n<0&&t<0||n>=0&&t>=0?e:(e+t)%t})),zO=Fe("Mod",UO),Jw={kernelName:"Mod",backendName:"cpu",kernelFunc:zO};var tS=cu(oC());function ax(n){let{inputs:t,backend:e,attrs:o}=n,{logits:r}=t,{dim:s}=o,i=r.shape.length,u=s;if(u===-1&&(u=i-1),u!==i-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${i} and dim was ${u}`);let l=b.parseAxisParam([u],r.shape),a=sx({inputs:{x:r},backend:e,attrs:{reductionIndices:l,keepDims:!1}}),c=I.expandShapeToKeepDim(a.shape,l),p=_e({inputs:{x:a},backend:e,attrs:{shape:c}}),d=Fu({inputs:{a:r,b:p},backend:e}),m=Tg({inputs:{x:d},backend:e}),f=yr({inputs:{x:m},backend:e,attrs:{axis:l,keepDims:!1}}),h=_e({inputs:{x:f},backend:e,attrs:{shape:c}}),g=$u({inputs:{a:m,b:h},backend:e});return e.disposeIntermediateTensorInfo(a),e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(h),g}var eS={kernelName:cr,backendName:"cpu",kernelFunc:ax};function GO(n){let{inputs:t,backend:e,attrs:o}=n,{logits:r}=t,{numSamples:s,seed:i,normalized:u}=o;W(r,"multinomial");let l=u?r:ax({inputs:{logits:r},backend:e,attrs:{dim:-1}}),a=l.shape[0],c=l.shape[1],p=e.data.get(l.dataId).values,d=[a,s],m=b.makeZerosTypedArray(b.sizeFromShape(d),"int32");for(let f=0;f<a;++f){let h=f*c,g=new Float32Array(c-1);g[0]=p[h];for(let C=1;C<g.length;++C)g[C]=g[C-1]+p[h+C];let x=tS.alea(i.toString()),y=f*s;for(let C=0;C<s;++C){let w=x();m[y+C]=g.length;for(let S=0;S<g.length;S++)if(w<g[S]){m[y+C]=S;break}}}return u||e.disposeIntermediateTensorInfo(l),e.makeTensorInfo(d,"int32",m)}var nS={kernelName:zo,backendName:"cpu",kernelFunc:GO};var HO=It.nonMaxSuppressionV3Impl;function qO(n){let{inputs:t,backend:e,attrs:o}=n,{boxes:r,scores:s}=t,{maxOutputSize:i,iouThreshold:u,scoreThreshold:l}=o;W(r,"NonMaxSuppression");let a=e.data.get(r.dataId).values,c=e.data.get(s.dataId).values,{selectedIndices:p}=HO(a,c,i,u,l);return e.makeTensorInfo([p.length],"int32",new Int32Array(p))}var rS={kernelName:Ho,backendName:"cpu",kernelFunc:qO};var KO=It.nonMaxSuppressionV4Impl;function jO(n){let{inputs:t,backend:e,attrs:o}=n,{boxes:r,scores:s}=t,{maxOutputSize:i,iouThreshold:u,scoreThreshold:l,padToMaxOutputSize:a}=o;W(r,"NonMaxSuppressionPadded");let c=e.data.get(r.dataId).values,p=e.data.get(s.dataId).values,{selectedIndices:d,validOutputs:m}=KO(c,p,i,u,l,a);return[e.makeTensorInfo([d.length],"int32",new Int32Array(d)),e.makeTensorInfo([],"int32",new Int32Array([m]))]}var oS={kernelName:qo,backendName:"cpu",kernelFunc:jO};var XO=It.nonMaxSuppressionV5Impl;function YO(n){let{inputs:t,backend:e,attrs:o}=n,{boxes:r,scores:s}=t,{maxOutputSize:i,iouThreshold:u,scoreThreshold:l,softNmsSigma:a}=o;W(r,"NonMaxSuppressionWithScore");let c=e.data.get(r.dataId).values,p=e.data.get(s.dataId).values,d=i,m=u,f=l,h=a,{selectedIndices:g,selectedScores:x}=XO(c,p,d,m,f,h);return[e.makeTensorInfo([g.length],"int32",new Int32Array(g)),e.makeTensorInfo([x.length],"float32",new Float32Array(x))]}var sS={kernelName:Ko,backendName:"cpu",kernelFunc:YO};function ZO(n){let{inputs:t,backend:e,attrs:o}=n,{indices:r}=t,{dtype:s,depth:i,onValue:u,offValue:l}=o;W(r,"oneHot");let a=b.sizeFromShape(r.shape),c=new Float32Array(a*i);c.fill(l);let p=e.data.get(r.dataId).values;for(let d=0;d<a;++d)p[d]>=0&&p[d]<i&&(c[d*i+p[d]]=u);return e.makeTensorInfo([...r.shape,i],s,c)}var aS={kernelName:jo,backendName:"cpu",kernelFunc:ZO};function Ou(n){let{inputs:t,backend:e}=n,{x:o}=t;if(o.dtype==="string")throw new Error("zerosLike is not supported for string tensors");if(o.dtype==="complex64"){let r=fn({inputs:{input:o},backend:e}),s=Ou({inputs:{x:r},backend:e}),i=Wn({inputs:{input:o},backend:e}),u=Ou({inputs:{x:i},backend:e}),l=ct({inputs:{real:s,imag:u},backend:e});return e.disposeIntermediateTensorInfo(r),e.disposeIntermediateTensorInfo(s),e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(u),l}else return Pu({backend:e,attrs:{shape:o.shape,value:0,dtype:o.dtype}})}var iS={kernelName:Er,backendName:"cpu",kernelFunc:Ou};function uS(n){let{inputs:t,backend:e}=n,{x:o}=t;if(o.dtype==="string")throw new Error("onesLike is not supported for string tensors");if(o.dtype==="complex64"){let r=fn({inputs:{input:o},backend:e}),s=uS({inputs:{x:r},backend:e}),i=Wn({inputs:{input:o},backend:e}),u=Ou({inputs:{x:i},backend:e}),l=ct({inputs:{real:s,imag:u},backend:e});return e.disposeIntermediateTensorInfo(r),e.disposeIntermediateTensorInfo(s),e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(u),l}else return Pu({backend:e,attrs:{shape:o.shape,value:1,dtype:o.dtype}})}var lS={kernelName:Va,backendName:"cpu",kernelFunc:uS};function ix(n){let{inputs:t,backend:e,attrs:o}=n,{axis:r}=o;if(t.length===1)return Ri({inputs:{input:t[0]},backend:e,attrs:{dim:r}});let s=t[0].shape,i=t[0].dtype;t.forEach(c=>{b.assertShapesMatch(s,c.shape,"All tensors passed to stack must have matching shapes"),b.assert(i===c.dtype,()=>"All tensors passed to stack must have matching dtypes")});let u=[],l=t.map(c=>{let p=Ri({inputs:{input:c},backend:e,attrs:{dim:r}});return u.push(p),p}),a=Pr({inputs:l,backend:e,attrs:{axis:r}});return u.forEach(c=>e.disposeIntermediateTensorInfo(c)),a}var cS={kernelName:Wa,backendName:"cpu",kernelFunc:ix};function QO(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{paddings:s,constantValue:i}=o;W(r,"pad");let u=s.map((y,C)=>y[0]+r.shape[C]+y[1]),l=s.map(y=>y[0]),a=e.data.get(r.dataId).values,c=b.sizeFromShape(r.shape),p=r.shape.length,d=b.computeStrides(r.shape),m=b.sizeFromShape(u),f=u.length,h=b.computeStrides(u),g=b.getTypedArrayFromDType(r.dtype,m);i!==0&&g.fill(i);for(let y=0;y<c;y++){let w=b.indexToLoc(y,p,d).map((v,k)=>v+l[k]),S=b.locToIndex(w,f,h);g[S]=a[y]}return{dataId:e.write(g,u,r.dtype),shape:u,dtype:r.dtype}}var Bc={kernelName:Xo,backendName:"cpu",kernelFunc:QO};var JO=ke((n,t)=>Math.pow(n,t)),eB=Fe("Pow",JO),pS={kernelName:"Pow",backendName:"cpu",kernelFunc:eB};function tB(n){let{inputs:t,backend:e,attrs:o}=n,{paramsNestedSplits:r,paramsDenseValues:s,indices:i}=t,{outputRaggedRank:u}=o,l=r.map(x=>e.data.get(x.dataId).values),a=r.map(x=>x.shape),c=e.data.get(s.dataId).values,p=e.data.get(i.dataId).values,[d,m,f]=Tc(l,a,c,s.shape,s.dtype,p,i.shape,u),h=d.map(x=>e.makeTensorInfo([x.length],"int32",x)),g=e.makeTensorInfo(f,s.dtype,m);return h.concat([g])}var dS={kernelName:Ll,backendName:"cpu",kernelFunc:tB};function nB(n){let{inputs:t,backend:e}=n,{starts:o,limits:r,deltas:s}=t,i=e.data.get(o.dataId).values,u=e.data.get(r.dataId).values,l=e.data.get(s.dataId).values,[a,c]=Nc(i,o.shape,o.dtype,u,r.shape,l,s.shape),p=e.makeTensorInfo([a.length],"int32",a),d=e.makeTensorInfo([c.length],o.dtype,c);return[p,d]}var mS={kernelName:Vl,backendName:"cpu",kernelFunc:nB};function rB(n){let{inputs:t,backend:e,attrs:o}=n,{shape:r,values:s,defaultValue:i,rowPartitionTensors:u}=t,{rowPartitionTypes:l}=o,a=e.data.get(r.dataId).values,c=e.data.get(s.dataId).values,p=e.data.get(i.dataId).values,d=u.map(g=>e.data.get(g.dataId).values),m=u.map(g=>g.shape),[f,h]=Rc(a,r.shape,c,s.shape,s.dtype,p,i.shape,d,m,l);return e.makeTensorInfo(f,s.dtype,h)}var fS={kernelName:Wl,backendName:"cpu",kernelFunc:rB};function oB(n){let{backend:t,attrs:e}=n,{start:o,stop:r,dtype:s,step:i}=e,u=Vs(o,r,i,s);return t.makeTensorInfo([u.length],s,u)}var hS={kernelName:Ua,backendName:"cpu",kernelFunc:oB};var sB=pe(Zo,n=>1/n),gS={kernelName:Zo,backendName:"cpu",kernelFunc:sB};function aB(n){let{inputs:t,backend:e,attrs:o}=n,{images:r}=t,{alignCorners:s,halfPixelCenters:i,size:u}=o;W(r,"resizeBilinear");let l=b.computeStrides(r.shape),[a,c]=u,[p,d,m,f]=r.shape,h=e.data.get(r.dataId).values,g=new Float32Array(b.sizeFromShape([p,a,c,f])),x=[s&&a>1?d-1:d,s&&c>1?m-1:m],y=[s&&a>1?a-1:a,s&&c>1?c-1:c],C=0,w=x[0]/y[0],S=x[1]/y[1];for(let v=0;v<p;v++)for(let k=0;k<a;k++){let T;i?T=w*(k+.5)-.5:T=w*k;let R=Math.max(0,Math.floor(T)),A=T-R,F=Math.min(d-1,Math.ceil(T)),D=v*l[0]+R*l[1],$=v*l[0]+F*l[1];for(let O=0;O<c;O++){let P;i?P=S*(O+.5)-.5:P=S*O;let B=Math.max(0,Math.floor(P)),V=P-B,L=Math.min(m-1,Math.ceil(P)),U=D+B*l[2],q=$+B*l[2],j=D+L*l[2],X=$+L*l[2];for(let G=0;G<f;G++){let H=h[U+G],Z=h[q+G],ee=h[j+G],ae=h[X+G],fe=H+(ee-H)*V,de=Z+(ae-Z)*V,ye=fe+(de-fe)*A;g[C++]=ye}}}return e.makeTensorInfo([p,a,c,f],"float32",g)}var xS={kernelName:es,backendName:"cpu",kernelFunc:aB};function iB(n){let{inputs:t,backend:e,attrs:o}=n,{images:r,dy:s}=t,{alignCorners:i}=o;W([s,r],"resizeBilinearGrad");let u=b.computeStrides(r.shape),[l,a,c,p]=r.shape,[,d,m]=s.shape,f=new Float32Array(l*a*c*p),h=[i&&d>1?a-1:a,i&&m>1?c-1:c],g=[i&&d>1?d-1:d,i&&m>1?m-1:m],x=h[0]/g[0],y=h[1]/g[1],C=e.data.get(s.dataId).values,w=0;for(let S=0;S<l;S++){let v=S*u[0];for(let k=0;k<d;k++){let T=k*x,R=Math.floor(T),A=Math.min(Math.ceil(T),a-1),F=v+R*u[1],D=v+A*u[1],$=T-R,O=1-$;for(let P=0;P<m;P++){let B=P*y,V=Math.floor(B),L=Math.min(Math.ceil(B),c-1),U=B-V,q=1-U,j=F+V*u[2],X=F+L*u[2],G=D+V*u[2],H=D+L*u[2],Z=O*q,ee=O*U,ae=$*q,fe=$*U;for(let de=0;de<p;de++){let ye=C[w++];f[j+de]+=ye*Z,f[X+de]+=ye*ee,f[G+de]+=ye*ae,f[H+de]+=ye*fe}}}}return e.makeTensorInfo([l,c,a,p],"float32",f)}var bS={kernelName:ts,backendName:"cpu",kernelFunc:iB};function uB(n){let{inputs:t,backend:e,attrs:o}=n,{images:r}=t,{alignCorners:s,halfPixelCenters:i,size:u}=o;W(r,"resizeNearestNeighbor");let l=b.computeStrides(r.shape),[a,c]=u,[p,d,m,f]=r.shape,h=e.data.get(r.dataId).values,g=new Float32Array(p*a*c*f),x=[s&&a>1?d-1:d,s&&c>1?m-1:m],y=[s&&a>1?a-1:a,s&&c>1?c-1:c],C=x[0]/y[0],w=x[1]/y[1],S=0;for(let v=0;v<p;v++){let k=v*l[0];for(let T=0;T<a;T++){let R=i?C*(T+.5):C*T,A=Math.min(d-1,s?Math.round(R):Math.floor(R));i&&(A=Math.max(0,A));let F=k+A*l[1];for(let D=0;D<c;D++){let $=i?w*(D+.5):w*D,O=Math.min(m-1,s?Math.round($):Math.floor($));i&&(O=Math.max(0,O));let P=F+O*l[2];for(let B=0;B<f;B++){let V=h[P+B];g[S++]=V}}}}return e.makeTensorInfo([p,a,c,f],r.dtype,g)}var yS={kernelName:Qo,backendName:"cpu",kernelFunc:uB};function lB(n){let{inputs:t,backend:e,attrs:o}=n,{images:r,dy:s}=t,{alignCorners:i}=o;W([s,r],"resizeNearestNeighborGrad");let u=b.computeStrides(r.shape),l=b.computeStrides(s.shape),[a,c,p,d]=r.shape,[,m,f]=s.shape,h=new Float32Array(a*c*p*d),g=e.data.get(s.dataId).values,x=[i&&m>1?c-1:c,i&&f>1?p-1:p],y=[i&&m>1?m-1:m,i&&f>1?f-1:f],C=x[0]/y[0],w=x[1]/y[1],S=1/C,v=1/w,k=Math.ceil(S)*2+2,T=Math.ceil(v)*2+2;for(let R=0;R<a;R++){let A=R*u[0];for(let F=0;F<c;F++){let D=A+F*u[1],$=Math.floor(F*S),O=Math.floor($-k/2);for(let P=0;P<p;P++){let B=D+P*u[2],V=Math.floor(P*v),L=Math.floor(V-T/2);for(let U=0;U<d;U++){let q=0;for(let j=0;j<k;j++){let X=j+O;if(X<0||X>=m)continue;let G=A+X*l[1],H=X*C,Z=Math.min(c-1,i?Math.round(H):Math.floor(H));if(F===Z)for(let ee=0;ee<T;ee++){let ae=ee+L;if(ae<0||ae>=f)continue;let fe=G+ae*l[2],de=ae*w,ye=Math.min(p-1,i?Math.round(de):Math.floor(de));P===ye&&(q+=g[fe+U])}}h[B+U]=q}}}}return e.makeTensorInfo(r.shape,r.dtype,h)}var CS={kernelName:Jo,backendName:"cpu",kernelFunc:lB};function cB(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{dims:s}=o;W(r,"reverse");let i=r.shape.length,u=b.parseAxisParam(s,r.shape);if(i===0)return wt({inputs:{x:r},backend:e});let l=new Be(r.shape,r.dtype),a=e.bufferSync(r);for(let c=0;c<l.size;c++){let p=l.indexToLoc(c),d=p.slice();u.forEach(m=>d[m]=r.shape[m]-1-d[m]),l.set(a.get(...d),...p)}return e.makeTensorInfo(l.shape,l.dtype,l.values)}var IS={kernelName:ns,backendName:"cpu",kernelFunc:cB};var wS={kernelName:Cs,backendName:"cpu",kernelFunc:({inputs:n,attrs:t,backend:e})=>{let{image:o}=n,{radians:r,fillValue:s,center:i}=t,u=e,l=b.getTypedArrayFromDType(o.dtype,b.sizeFromShape(o.shape)),[a,c,p,d]=o.shape,[m,f]=I.getImageCenter(i,c,p),h=255,g=Math.sin(r),x=Math.cos(r),y=u.data.get(o.dataId).values;for(let w=0;w<a;w++){let S=w*p*c*d;for(let v=0;v<c;v++){let k=v*(p*d);for(let T=0;T<p;T++){let R=T*d;for(let A=0;A<d;A++){let F=[a,v,T,A],D=F[2],$=F[1],O=(D-m)*x-($-f)*g,P=(D-m)*g+($-f)*x;O=Math.round(O+m),P=Math.round(P+f);let B=s;if(typeof s!="number"&&(A===3?B=h:B=s[A]),O>=0&&O<p&&P>=0&&P<c){let L=P*(p*d),U=O*d,q=S+L+U+A;B=y[q]}let V=S+k+R+A;l[V]=B}}}}return{dataId:u.write(l,o.shape,o.dtype),shape:o.shape,dtype:o.dtype}}};var pB=pe(rs,n=>{let t=Math.floor(n);return n-t<.5?Math.floor(n):n-t>.5?Math.ceil(n):t%2===0?t:t+1}),SS={kernelName:rs,backendName:"cpu",kernelFunc:pB};function dB(n){let{inputs:t,backend:e,attrs:o}=n,{indices:r,updates:s}=t,{shape:i}=o,{sliceRank:u,numUpdates:l,sliceSize:a,strides:c,outputSize:p}=I.calculateShapes(s,r,i),d=!0,m=e.bufferSync(r),f=e.bufferSync(s),h=Tn(m,f,i,p,a,l,u,c,0,d);return e.makeTensorInfo(i,h.dtype,h.values)}var vS={kernelName:ss,backendName:"cpu",kernelFunc:dB};function mB(n,t){let e=0,o=n.length,r=0;for(;e<o;)r=Math.floor((e+o)/2),n[r]<t?e=r+1:o=r;return o}function fB(n,t){let e=0,o=n.length,r=0;for(;e<o;)r=Math.floor((e+o)/2),n[r]<=t?e=r+1:o=r;return o}function kS(n,t,e,o,r,s){let i=b.getArrayFromDType("int32",e*r);for(let u=0;u<e;++u){let l=n.slice(u*o,(u+1)*o),a=u*r;for(let c=0;c<r;++c)i[a+c]=s==="left"?mB(l,t[c+a]):fB(l,t[c+a])}return i}function hB(n){let{inputs:t,backend:e,attrs:o}=n,{sortedSequence:r,values:s}=t,{side:i}=o,u=e.data.get(r.dataId).values,l=e.data.get(s.dataId).values,a=kS(u,l,r.shape[0],r.shape[1],s.shape[1],i);return e.makeTensorInfo(s.shape,"int32",a)}var _S={kernelName:is,backendName:"cpu",kernelFunc:hB};function gB(n){let{inputs:t,backend:e}=n,{condition:o,t:r,e:s}=t;W([o,r,s],"select");let i=o.shape.length,u=e.data.get(o.dataId).values,l=e.data.get(r.dataId).values,a=e.data.get(s.dataId).values,c=at(r.dtype,s.dtype),p=b.makeZerosTypedArray(b.sizeFromShape(r.shape),c),d=0,m=i===0||i>1||r.shape.length===1?1:b.sizeFromShape(r.shape.slice(1));for(let f=0;f<u.length;f++)for(let h=0;h<m;h++)u[f]===1?p[d++]=l[f]:p[d++]=a[f];return e.makeTensorInfo(r.shape,c,p)}var TS={kernelName:za,backendName:"cpu",kernelFunc:gB};var xB=I.SELU_SCALEALPHA,bB=I.SELU_SCALE,yB=pe(us,n=>n>=0?bB*n:xB*(Math.exp(n)-1)),NS={kernelName:us,backendName:"cpu",kernelFunc:yB};var CB=pe(cs,n=>n<0?-1:n>0?1:0),RS={kernelName:cs,backendName:"cpu",kernelFunc:CB};var IB=pe("Sin",n=>Math.sin(n)),AS={kernelName:"Sin",backendName:"cpu",kernelFunc:IB};var wB=pe(ls,n=>Math.sinh(n)),ES={kernelName:ls,backendName:"cpu",kernelFunc:wB};var SB=11920928955078125e-23,FS=Math.log(SB)+2,vB=pe(ps,n=>{let t=n>-FS,e=n<FS,o=Math.exp(n),r;return e?r=o:t?r=n:r=Math.log(1+o),r}),DS={kernelName:ps,backendName:"cpu",kernelFunc:vB};function kB(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{blockShape:s,paddings:i}=o;W([r],"spaceToBatchND");let u=b.sizeFromShape(s),l=[[0,0]];l.push(...i);for(let v=1+s.length;v<r.shape.length;++v)l.push([0,0]);let a=Bc.kernelFunc({inputs:{x:r},backend:e,attrs:{paddings:l,constantValue:0}}),c=I.getReshaped(a.shape,s,u,!1),p=I.getPermuted(c.length,s.length,!1),d=I.getReshapedPermuted(a.shape,s,u,!1),h=_e({inputs:{x:a},backend:e,attrs:{shape:c}}),y=je({inputs:{x:h},backend:e,attrs:{perm:p}}),S=_e({inputs:{x:y},backend:e,attrs:{shape:d}});return e.disposeIntermediateTensorInfo(a),e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(y),S}var $S={kernelName:Ha,backendName:"cpu",kernelFunc:kB};function _B(n){let{inputs:t,backend:e}=n,{indices:o,values:r,denseShape:s,defaultValue:i}=t;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
        ${s.shape}`);if(o.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
        ${o.shape}`);if(r.shape.length!==1)throw new Error(`Values must be a vector, saw:
        ${r.shape}`);if(i.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${i.shape}`);let u=e.data.get(o.dataId).values,l=e.data.get(r.dataId).values,a=e.data.get(s.dataId).values,c=e.data.get(i.dataId).values[0],[p,d,m,f,h]=Ac(u,o.shape,o.dtype,l,r.dtype,a,c);return[e.makeTensorInfo(d,o.dtype,p),e.makeTensorInfo([d[0]],r.dtype,m),e.makeTensorInfo([f.length],"bool",new Uint8Array(f.map(g=>Number(g)))),e.makeTensorInfo([h.length],o.dtype,new Int32Array(h))]}var MS={kernelName:Ka,backendName:"cpu",kernelFunc:_B};function TB(n){let{inputs:t,backend:e}=n,{inputIndices:o,inputShape:r,newShape:s}=t;if(o.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${o.shape}`);if(r.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${r.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let i=Array.from(e.data.get(r.dataId).values),u=e.data.get(o.dataId).values,l=Array.from(e.data.get(s.dataId).values),[a,c,p]=Ec(u,o.shape,o.dtype,i,l);return[e.makeTensorInfo(c,o.dtype,a),e.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var PS={kernelName:ds,backendName:"cpu",kernelFunc:TB};function NB(n){let{inputs:t,backend:e}=n,{data:o,indices:r,segmentIds:s}=t;if(o.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
          ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
          ${s.shape}`);if(r.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let i=e.data.get(o.dataId).values,u=e.data.get(r.dataId).values,l=e.data.get(s.dataId).values,[a,c]=Si(i,o.shape,o.dtype,u,l,!0);return e.makeTensorInfo(c,o.dtype,a)}var OS={kernelName:ja,backendName:"cpu",kernelFunc:NB};function RB(n){let{inputs:t,backend:e}=n,{data:o,indices:r,segmentIds:s}=t;if(o.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
         ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
         ${s.shape}`);if(r.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let i=e.data.get(o.dataId).values,u=e.data.get(r.dataId).values,l=e.data.get(s.dataId).values,[a,c]=Si(i,o.shape,o.dtype,u,l);return e.makeTensorInfo(c,o.dtype,a)}var BS={kernelName:Xa,backendName:"cpu",kernelFunc:RB};function AB(n){let{inputs:t,backend:e,attrs:o}=n,{sparseIndices:r,sparseValues:s,defaultValue:i}=t,{outputShape:u}=o,{sliceRank:l,numUpdates:a,sliceSize:c,strides:p,outputSize:d}=I.calculateShapes(s,r,u),m=!1,f=e.bufferSync(r),h;switch(s.dtype){case"bool":{let g=e.bufferSync(s),x=!!e.data.get(i.dataId).values[0];h=Tn(f,g,u,d,c,a,l,p,x,m);break}case"float32":{let g=e.bufferSync(s),x=e.data.get(i.dataId).values[0];h=Tn(f,g,u,d,c,a,l,p,x,m);break}case"int32":{let g=e.bufferSync(s),x=e.data.get(i.dataId).values[0];h=Tn(f,g,u,d,c,a,l,p,x,m);break}case"string":{let g=e.bufferSync(s),x=b.decodeString(e.data.get(i.dataId).values[0]);h=Tn(f,g,u,d,c,a,l,p,x,m);break}default:throw new Error(`Unsupported type ${s.dtype}`)}return e.makeTensorInfo(u,h.dtype,h.values)}var LS={kernelName:ms,backendName:"cpu",kernelFunc:AB};function EB(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{numOrSizeSplits:s,axis:i}=o,u=b.parseAxisParam(i,r.shape)[0],l=I.prepareSplitSize(r,s,u),a=new Array(r.shape.length).fill(0),c=r.shape.slice();return l.map(p=>{let d=[...c];d[u]=p;let m=xn({inputs:{x:r},backend:e,attrs:{begin:a,size:d}});return a[u]+=p,m})}var VS={kernelName:qa,backendName:"cpu",kernelFunc:EB};var WS={kernelName:Ya,backendName:"cpu",kernelFunc:({inputs:n,backend:t})=>{let{x:e}=n,o=t;W(e,"square");let r=o.data.get(e.dataId).values,s=new Float32Array(r.length);for(let u=0;u<r.length;++u){let l=r[u];s[u]=l*l}return{dataId:o.write(s,e.shape,e.dtype),shape:e.shape,dtype:e.dtype}}};var FB=pe(Pn,(n,t)=>{let e=t;return isNaN(n)?NaN:n>0?1:e.alpha}),US={kernelName:Pn,backendName:"cpu",kernelFunc:FB};function DB(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{begin:s,end:i,strides:u,beginMask:l,endMask:a,ellipsisMask:c,newAxisMask:p,shrinkAxisMask:d}=o;W(r,"stridedSlice");let{finalShapeSparse:m,finalShape:f,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:C,strides:w}=Ke.sliceInfo(r.shape,s,i,u,l,a,c,p,d),S;if(h)S=_e({inputs:{x:r},backend:e,attrs:{shape:f}});else if(g||x){b.assert(r.shape.length>=1,()=>`Input must have rank at least 1, got: ${r.shape.length}`);let v=Ke.computeOutShape(y,C,w),k=xn({inputs:{x:r},backend:e,attrs:{begin:y,size:v}});S=_e({inputs:{x:k},backend:e,attrs:{shape:f}}),e.disposeIntermediateTensorInfo(k)}else{let v=e.bufferSync(r),k=Fc(m,v,w,y);S=e.makeTensorInfo(f,k.dtype,k.values)}return S}var zS={kernelName:hs,backendName:"cpu",kernelFunc:DB};function $B(n){let{inputs:t,backend:e,attrs:o}=n,{separator:r,nGramWidths:s,leftPad:i,rightPad:u,padWidth:l,preserveShortSequences:a}=o,{data:c,dataSplits:p}=t,d=e.data.get(c.dataId).values,m=e.data.get(p.dataId).values,[f,h]=Us(d,m,r,s,i,u,l,a);return[e.makeTensorInfo([f.length],"string",f),e.makeTensorInfo(p.shape,"int32",h)]}var GS={kernelName:Za,backendName:"cpu",kernelFunc:$B};function MB(n){let{inputs:t,backend:e,attrs:o}=n,{skipEmpty:r}=o,{input:s,delimiter:i}=t;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(i.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${i.shape}`);let u=e.data.get(s.dataId).values,l=e.data.get(i.dataId).values[0],[a,c,p]=zs(u,l,r),d=c.length;return[e.makeTensorInfo([d,2],"int32",a),e.makeTensorInfo([d],"string",c),e.makeTensorInfo([2],"int32",new Int32Array(p))]}var HS={kernelName:Qa,backendName:"cpu",kernelFunc:MB};function PB(n){let{inputs:t,backend:e,attrs:o}=n,{numBuckets:r}=o,{input:s}=t;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(r<=0)throw new Error("Number of buckets must be at least 1");let i=e.data.get(s.dataId).values,u=Gs(i,r);return e.makeTensorInfo(s.shape,"int32",u)}var qS={kernelName:Ja,backendName:"cpu",kernelFunc:PB};var OB=pe("Tan",n=>Math.tan(n)),KS={kernelName:"Tan",backendName:"cpu",kernelFunc:OB};var BB=pe(gs,n=>Math.tanh(n)),jS={kernelName:gs,backendName:"cpu",kernelFunc:BB};function LB(n){let{inputs:t,backend:e}=n,{tensor:o,indices:r,updates:s}=t,{sliceRank:i,numUpdates:u,sliceSize:l,strides:a,outputSize:c}=I.calculateShapes(s,r,o.shape),p=!1,d=e.bufferSync(r),m=e.bufferSync(s),f=e.bufferSync(o),h=Tn(d,m,o.shape,c,l,u,i,a,f,p);return e.makeTensorInfo(o.shape,h.dtype,h.values)}var XS={kernelName:as,backendName:"cpu",kernelFunc:LB};function VB(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{reps:s}=o;W(r,"tile");let i=Dc(e.bufferSync(r),s);return e.makeTensorInfo(i.shape,i.dtype,i.values)}var YS={kernelName:pr,backendName:"cpu",kernelFunc:VB};function WB(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{k:s,sorted:i}=o;W(r,"topk");let u=e.data.get(r.dataId).values,[l,a]=$c(u,r.shape,r.dtype,s,i);return[e.makeTensorInfo(l.shape,l.dtype,l.values),e.makeTensorInfo(a.shape,a.dtype,a.values)]}var ZS={kernelName:xs,backendName:"cpu",kernelFunc:WB};function UB(n){let{inputs:t,attrs:e,backend:o}=n,{image:r,transforms:s}=t,{interpolation:i,fillMode:u,fillValue:l,outputShape:a}=e,[c,p,d,m]=r.shape,[f,h]=a??[p,d],g=[c,f,h,m],x=b.computeStrides(r.shape),y=x[0],C=x[1],w=x[2],S=b.computeStrides(g),v=S[0],k=S[1],T=S[2],R=b.getTypedArrayFromDType(r.dtype,b.sizeFromShape(g));R.fill(l);let A=o.data.get(r.dataId).values,F=o.data.get(s.dataId).values;for(let $=0;$<c;++$){let O=s.shape[0]===1?F:F.subarray($*8,$*8+8);for(let P=0;P<f;++P)for(let B=0;B<h;++B)for(let V=0;V<m;++V){let L,U=O[6]*B+O[7]*P+1;if(U===0)continue;let q=(O[0]*B+O[1]*P+O[2])/U,j=(O[3]*B+O[4]*P+O[5])/U,X=QS(q,d,u),G=QS(j,p,u);switch(i){case"nearest":L=KB(A,p,d,y,C,w,$,G,X,V,l);break;case"bilinear":L=jB(A,p,d,y,C,w,$,G,X,V,l);break;default:throw new Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${i}`)}let H=$*v+P*k+B*T+V;R[H]=L}return o.makeTensorInfo(g,r.dtype,R)}return{dataId:o.write(R,g,r.dtype),shape:r.shape,dtype:r.dtype}}var JS={kernelName:bs,backendName:"cpu",kernelFunc:UB};function QS(n,t,e){switch(e){case"reflect":return zB(n,t);case"wrap":return GB(n,t);case"nearest":return qB(n,t);case"constant":default:return HB(n,t)}}function zB(n,t){let e=n;if(e<0)if(t<=1)e=0;else{let o=2*t;e<o&&(e=o*Math.trunc(-e/o)+e),e=e<-t?e+o:-e-1}else if(e>t-1)if(t<=1)e=0;else{let o=2*t;e-=o*Math.trunc(e/o),e>=t&&(e=o-e-1)}return b.clamp(0,e,t-1)}function GB(n,t){let e=n;if(e<0)if(t<=1)e=0;else{let o=t-1;e+=t*(Math.trunc(-e/o)+1)}else if(e>t-1)if(t<=1)e=0;else{let o=t-1;e-=t*Math.trunc(e/o)}return b.clamp(0,e,t-1)}function HB(n,t){return n}function qB(n,t){return b.clamp(0,n,t-1)}function Bu(n,t,e,o,r,s,i,u,l,a,c){let p=i*o+u*r+l*s+a;return 0<=u&&u<t&&0<=l&&l<e?n[p]:c}function KB(n,t,e,o,r,s,i,u,l,a,c){let p=Math.round(u),d=Math.round(l);return Bu(n,t,e,o,r,s,i,p,d,a,c)}function jB(n,t,e,o,r,s,i,u,l,a,c){let p=Math.floor(u),d=Math.floor(l),m=p+1,f=d+1,h=(f-l)*Bu(n,t,e,o,r,s,i,p,d,a,c)+(l-d)*Bu(n,t,e,o,r,s,i,p,f,a,c),g=(f-l)*Bu(n,t,e,o,r,s,i,m,d,a,c)+(l-d)*Bu(n,t,e,o,r,s,i,m,f,a,c);return(m-u)*h+(u-p)*g}function XB(n){let{inputs:t,attrs:e,backend:o}=n,{axis:r}=e,{x:s}=t;W(s,"unique");let i=o.data.get(s.dataId).values,{outputValues:u,outputShape:l,indices:a}=Hs(i,r,s.shape,s.dtype);return[o.makeTensorInfo(l,s.dtype,u),o.makeTensorInfo([a.length],"int32",a)]}var e0={kernelName:ei,backendName:"cpu",kernelFunc:XB};function YB(n){let{inputs:t,backend:e,attrs:o}=n,{value:r}=t,{axis:s}=o;s<0&&(s+=r.shape.length);let i=r.shape.length,u=r.shape[s],l=new Array(i-1),a=0;for(let m=0;m<i;m++)m!==s&&(l[a++]=r.shape[m]);let c=new Array(i).fill(0),p=r.shape.slice();p[s]=1;let d=new Array(u);for(let m=0;m<d.length;m++){c[s]=m;let f=xn({inputs:{x:r},backend:e,attrs:{begin:c,size:p}});d[m]=_e({inputs:{x:f},backend:e,attrs:{shape:l}}),e.disposeIntermediateTensorInfo(f)}return d}var t0={kernelName:ti,backendName:"cpu",kernelFunc:YB};function ZB(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,segmentIds:s}=t,{numSegments:i}=o;W(r,"unsortedSegmentSum");let u=r.shape.length,l=s.shape.length,a=[],c=[],p=u-l,d=s;for(let f=0;f<p;++f){let h=Ri({inputs:{input:d},backend:e,attrs:{dim:f+1}});d=h,c.push(h)}for(let f=0;f<i;++f){let h=b.createScalarValue(f,"int32"),g=e.makeTensorInfo([],"int32",h),x=kg({inputs:{a:g,b:d},backend:e}),y=hn({inputs:{x},backend:e,attrs:{dtype:"float32"}}),C=Ls({inputs:{a:y,b:r},backend:e}),w=yr({inputs:{x:C},backend:e,attrs:{axis:0,keepDims:!1}});a.push(w),c.push(g),c.push(x),c.push(y),c.push(C),c.push(w)}let m=ix({inputs:a,backend:e,attrs:{axis:0}});return c.forEach(f=>e.disposeIntermediateTensorInfo(f)),m}var n0={kernelName:zl,backendName:"cpu",kernelFunc:ZB};var QB=[TI,MC,NI,RI,VC,AI,EI,FI,DI,$I,MI,PI,OI,BI,LI,WI,UI,zI,GI,_I,HI,qI,KI,WC,jI,LC,UC,XI,PC,YI,QI,JI,ew,tw,nw,rw,ow,sw,aw,iw,uw,lw,cw,pw,dw,mw,fw,hw,gw,xw,bw,yw,Iw,CI,ww,zC,Sw,GC,vw,HC,kw,_w,Tw,qC,KC,Nw,Rw,Aw,Ew,jC,XC,OC,Fw,ZI,Dw,$w,Mw,II,YC,ZC,Pw,QC,Ow,Bw,Lw,Vw,Ww,Uw,zw,JC,Gw,Hw,qw,Kw,Xw,Yw,Zw,eI,Qw,Jw,nS,tI,nI,rS,oS,sS,rI,aS,lS,cS,Bc,pS,wI,sI,dS,mS,fS,hS,BC,Mu,gS,SI,vI,kI,xS,bS,yS,CS,IS,wS,SS,cI,vS,_S,TS,NS,dI,RS,AS,ES,mI,eS,DS,$S,MS,PS,OS,BS,LS,VS,hI,WS,gI,xI,US,zS,GS,HS,qS,bI,Cw,KS,jS,XS,YS,ZS,JS,oI,e0,t0,n0,iS];for(let n of QB)ni(n);var Ks={},Lc={alpha:!1,antialias:!1,premultipliedAlpha:!1,preserveDrawingBuffer:!1,depth:!1,stencil:!1,failIfMajorPerformanceCaveat:!0};function r0(n,t){Ks[n]=t}function Zt(n,t){if(!(n in Ks)||t!=null){let o=eL(n,t);if(o!==null)Ks[n]=o;else return console.log("Could not get context for WebGL version",n),null}let e=Ks[n];return e==null||e.isContextLost()?(delete Ks[n],Zt(n)):(e.disable(e.DEPTH_TEST),e.disable(e.STENCIL_TEST),e.disable(e.BLEND),e.disable(e.DITHER),e.disable(e.POLYGON_OFFSET_FILL),e.disable(e.SAMPLE_COVERAGE),e.enable(e.SCISSOR_TEST),e.enable(e.CULL_FACE),e.cullFace(e.BACK),Ks[n])}function JB(n){if(!N().getBool("IS_SAFARI")&&typeof OffscreenCanvas<"u"&&n===2)return new OffscreenCanvas(300,150);if(typeof document<"u")return document.createElement("canvas");throw new Error("Cannot create a canvas in this context")}function eL(n,t){if(n!==1&&n!==2)throw new Error("Cannot get WebGL rendering context, WebGL is disabled.");let e=t??JB(n);return e.addEventListener("webglcontextlost",o=>{o.preventDefault(),delete Ks[n]},!1),N().getBool("SOFTWARE_WEBGL_ENABLED")&&(Lc.failIfMajorPerformanceCaveat=!1),n===1?e.getContext("webgl",Lc)||e.getContext("experimental-webgl",Lc):e.getContext("webgl2",Lc)}var Or;(function(n){n[n.DENSE=0]="DENSE",n[n.SHARED_BATCH=1]="SHARED_BATCH"})(Or||(Or={}));var St;(function(n){n[n.RENDER=0]="RENDER",n[n.UPLOAD=1]="UPLOAD",n[n.PIXELS=2]="PIXELS",n[n.DOWNLOAD=3]="DOWNLOAD"})(St||(St={}));var gt;(function(n){n[n.UNPACKED_FLOAT16=0]="UNPACKED_FLOAT16",n[n.UNPACKED_FLOAT32=1]="UNPACKED_FLOAT32",n[n.PACKED_4X1_UNSIGNED_BYTE=2]="PACKED_4X1_UNSIGNED_BYTE",n[n.PACKED_2X2_FLOAT32=3]="PACKED_2X2_FLOAT32",n[n.PACKED_2X2_FLOAT16=4]="PACKED_2X2_FLOAT16"})(gt||(gt={}));function js(n,t){return[t,n]}function o0(n,t){return n*t}function Lu(n){let t=b.sizeFromShape(n),e=Math.ceil(t/4);return b.sizeToSquarishShape(e)}function Un(n,t){return[Math.max(1,Math.ceil(t/2)),Math.max(1,Math.ceil(n/2))]}function s0(n,t){let[e,o]=Un(n,t);return e*o*4}function Vu(n,t){let e=n,o,r,s,i,u,l,a,c,p,d;return N().getNumber("WEBGL_VERSION")===2?(o=e.R32F,r=e.R16F,s=e.RGBA16F,i=e.RGBA32F,u=e.RED,a=4,c=1,p=e.HALF_FLOAT,d=e.FLOAT,l=e.RGBA8):(o=n.RGBA,r=n.RGBA,s=n.RGBA,i=e.RGBA,u=n.RGBA,a=4,c=4,p=t!=null?t.HALF_FLOAT_OES:null,d=n.FLOAT,l=n.RGBA),{internalFormatFloat:o,internalFormatHalfFloat:r,internalFormatPackedHalfFloat:s,internalFormatPackedFloat:i,textureFormatFloat:u,downloadTextureFormat:l,downloadUnpackNumChannels:a,defaultNumChannels:c,textureTypeHalfFloat:p,textureTypeFloat:d}}function ne(n,t){let e=t();return N().getBool("DEBUG")&&tL(n),e}function tL(n){let t=n.getError();if(t!==n.NO_ERROR)throw new Error("WebGL Error: "+oL(n,t))}var nL=596e-10,rL=65504;function a0(n){return!!(N().getBool("WEBGL_RENDER_FLOAT32_ENABLED")||n===0||nL<Math.abs(n)&&Math.abs(n)<rL)}function oL(n,t){switch(t){case n.NO_ERROR:return"NO_ERROR";case n.INVALID_ENUM:return"INVALID_ENUM";case n.INVALID_VALUE:return"INVALID_VALUE";case n.INVALID_OPERATION:return"INVALID_OPERATION";case n.INVALID_FRAMEBUFFER_OPERATION:return"INVALID_FRAMEBUFFER_OPERATION";case n.OUT_OF_MEMORY:return"OUT_OF_MEMORY";case n.CONTEXT_LOST_WEBGL:return"CONTEXT_LOST_WEBGL";default:return`Unknown error code ${t}`}}function Wu(n,t){return Cr(n,()=>n.getExtension(t),'Extension "'+t+'" not supported on this browser.')}function i0(n,t){let e=Cr(n,()=>n.createShader(n.VERTEX_SHADER),"Unable to create vertex WebGLShader.");if(ne(n,()=>n.shaderSource(e,t)),ne(n,()=>n.compileShader(e)),n.getShaderParameter(e,n.COMPILE_STATUS)===!1)throw console.log(n.getShaderInfoLog(e)),new Error("Failed to compile vertex shader.");return e}function u0(n,t){let e=Cr(n,()=>n.createShader(n.FRAGMENT_SHADER),"Unable to create fragment WebGLShader.");if(ne(n,()=>n.shaderSource(e,t)),ne(n,()=>n.compileShader(e)),N().get("ENGINE_COMPILE_ONLY"))return e;if(n.getShaderParameter(e,n.COMPILE_STATUS)===!1)throw dx(t,n.getShaderInfoLog(e)),new Error("Failed to compile fragment shader.");return e}var sL=/ERROR: [0-9]+:([0-9]+):/g;function dx(n,t){let e=sL.exec(t);if(e==null){console.log(`Couldn't parse line number in error: ${t}`),console.log(n);return}let o=+e[1],r=n.split(`
`),s=r.length.toString().length+2,i=r.map((p,d)=>b.rightPad((d+1).toString(),s)+p),u=0;for(let p=0;p<i.length;p++)u=Math.max(i[p].length,u);let l=i.slice(0,o-1),a=i.slice(o-1,o),c=i.slice(o);console.log(l.join(`
`)),console.log(t.split(`
`)[0]),console.log(`%c ${b.rightPad(a[0],u)}`,"border:1px solid red; background-color:#e3d2d2; color:#a61717"),console.log(c.join(`
`))}function l0(n){return Cr(n,()=>n.createProgram(),"Unable to create WebGLProgram.")}function c0(n,t){if(ne(n,()=>n.linkProgram(t)),!N().get("ENGINE_COMPILE_ONLY")&&n.getProgramParameter(t,n.LINK_STATUS)===!1)throw console.log(n.getProgramInfoLog(t)),new Error("Failed to link vertex and fragment shaders.")}function Wc(n,t){if(ne(n,()=>n.validateProgram(t)),n.getProgramParameter(t,n.VALIDATE_STATUS)===!1)throw console.log(n.getProgramInfoLog(t)),new Error("Shader program validation failed.")}function p0(n,t){let e=Cr(n,()=>n.createBuffer(),"Unable to create WebGLBuffer");return ne(n,()=>n.bindBuffer(n.ARRAY_BUFFER,e)),ne(n,()=>n.bufferData(n.ARRAY_BUFFER,t,n.STATIC_DRAW)),e}function d0(n,t){let e=Cr(n,()=>n.createBuffer(),"Unable to create WebGLBuffer");return ne(n,()=>n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e)),ne(n,()=>n.bufferData(n.ELEMENT_ARRAY_BUFFER,t,n.STATIC_DRAW)),e}function m0(n){return Cr(n,()=>n.createTexture(),"Unable to create WebGLTexture.")}function f0(n,t){let e=N().getNumber("WEBGL_MAX_TEXTURE_SIZE");if(n<=0||t<=0){let o=`[${n}x${t}]`;throw new Error("Requested texture size "+o+" is invalid.")}if(n>e||t>e){let o=`[${n}x${t}]`,r=`[${e}x${e}]`;throw new Error("Requested texture size "+o+" greater than WebGL maximum on this browser / GPU "+r+".")}}function h0(n){return Cr(n,()=>n.createFramebuffer(),"Unable to create WebGLFramebuffer.")}function mx(n,t,e,o,r,s,i){let u=n.getAttribLocation(t,e);return u===-1?!1:(ne(n,()=>n.bindBuffer(n.ARRAY_BUFFER,o)),ne(n,()=>n.vertexAttribPointer(u,r,n.FLOAT,!1,s,i)),ne(n,()=>n.enableVertexAttribArray(u)),!0)}function aL(n,t,e){uL(n,e),ne(n,()=>n.activeTexture(n.TEXTURE0+e)),ne(n,()=>n.bindTexture(n.TEXTURE_2D,t))}function g0(n,t,e){return Cr(n,()=>n.getUniformLocation(t,e),'uniform "'+e+'" not present in program.')}function x0(n,t,e){return n.getUniformLocation(t,e)}function b0(n,t,e,o){ne(n,()=>aL(n,t,o)),ne(n,()=>n.uniform1i(e,o))}function Uc(n,t,e){ne(n,()=>n.bindFramebuffer(n.FRAMEBUFFER,e)),ne(n,()=>n.framebufferTexture2D(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,t,0))}function fx(n,t){ne(n,()=>n.bindFramebuffer(n.FRAMEBUFFER,t)),ne(n,()=>n.framebufferTexture2D(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,null,0))}function Uu(n){let t=n.checkFramebufferStatus(n.FRAMEBUFFER);if(t!==n.FRAMEBUFFER_COMPLETE)throw new Error("Error binding framebuffer: "+iL(n,t))}function iL(n,t){switch(t){case n.FRAMEBUFFER_INCOMPLETE_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_ATTACHMENT";case n.FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT";case n.FRAMEBUFFER_INCOMPLETE_DIMENSIONS:return"FRAMEBUFFER_INCOMPLETE_DIMENSIONS";case n.FRAMEBUFFER_UNSUPPORTED:return"FRAMEBUFFER_UNSUPPORTED";default:return`unknown error ${t}`}}function Cr(n,t,e){let o=ne(n,()=>t());if(o==null)throw new Error(e);return o}function uL(n,t){let e=n.MAX_COMBINED_TEXTURE_IMAGE_UNITS-1,o=t+n.TEXTURE0;if(o<n.TEXTURE0||o>e){let r=`[gl.TEXTURE0, gl.TEXTURE${e}]`;throw new Error(`textureUnit must be in ${r}.`)}}function Br(n,t=2){return b.sizeFromShape(n.slice(0,n.length-t))}function Lr(n){if(n.length===0)throw Error("Cannot get rows and columns of an empty shape array.");return[n.length>1?n[n.length-2]:1,n[n.length-1]]}function zu(n){let t=[1,1,1];return n.length===0||n.length===1&&n[0]===1||(t=[Br(n),...Lr(n)]),t}function y0(n,t=!1){let e=N().getNumber("WEBGL_MAX_TEXTURE_SIZE"),o=N().getNumber("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE");o===1/0&&N().getBool("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE")&&(o=e/2),t&&(e=e*2,o=o*2,n=n.map((u,l)=>l>=n.length-2?b.nearestLargerEven(n[l]):n[l]),n.length===1&&(n=[2,n[0]])),n.length!==2&&(n=b.squeezeShape(n).newShape);let r=b.sizeFromShape(n),s=null;n.length<=1&&r<=e?s=[1,r]:n.length===2&&n[0]<=e&&n[1]<=e?s=n:n.length===3&&n[0]*n[1]<=e&&n[2]<=e?s=[n[0]*n[1],n[2]]:n.length===3&&n[0]<=e&&n[1]*n[2]<=e?s=[n[0],n[1]*n[2]]:n.length===4&&n[0]*n[1]*n[2]<=e&&n[3]<=e?s=[n[0]*n[1]*n[2],n[3]]:n.length===4&&n[0]<=e&&n[1]*n[2]*n[3]<=e&&(s=[n[0],n[1]*n[2]*n[3]]);let i=s!=null&&Math.max(...s)>o&&Math.min(...s)<=(t?2:1)&&Math.min(...s)>0;if(s==null||i)if(t){let u=Br(n),l=2,a=2;n.length&&([l,a]=Lr(n)),r=u*(l/2)*(a/2),s=b.sizeToSquarishShape(r).map(c=>c*2)}else s=b.sizeToSquarishShape(r);return s}function Vc(n){return n%2===0}function Xs(n,t){if(n=n.slice(-2),t=t.slice(-2),b.arraysEqual(n,t)||!n.length||!t.length||n[0]===0||n[1]===0||t[0]===0||t[1]===0)return!0;if(n.length!==t.length){let e=n[n.length-1],o=t[t.length-1];if(e===o||Vc(e)&&Vc(o)&&(n[0]===1||t[0]===1))return!0}return n[1]===t[1]&&Vc(n[0])&&Vc(t[0])}var lx,cx;function C0(n){if(lx==null){let t=Zt(n);lx=t.getParameter(t.MAX_TEXTURE_SIZE)}return lx}function I0(n){if(cx==null){let t=Zt(n);cx=t.getParameter(t.MAX_TEXTURE_IMAGE_UNITS)}return Math.min(16,cx)}function w0(n){if(n===0)return 0;let t,e=Zt(n);return ln(e,"EXT_disjoint_timer_query_webgl2")&&n===2?t=2:ln(e,"EXT_disjoint_timer_query")?t=1:t=0,t}function ln(n,t){return n.getExtension(t)!=null}function hx(n){try{if(Zt(n)!=null)return!0}catch(t){return console.log("Error when getting WebGL context: ",t),!1}return!1}function S0(n){if(n===0)return!1;let t=Zt(n);if(n===1){if(!ln(t,"OES_texture_float"))return!1}else if(!ln(t,"EXT_color_buffer_float"))return!1;return px(t)}function v0(n){if(n===0)return!1;let t=Zt(n);if(n===1){if(!ln(t,"OES_texture_float")||!ln(t,"WEBGL_color_buffer_float"))return!1}else{if(ln(t,"EXT_color_buffer_float"))return px(t);let o="EXT_color_buffer_half_float";if(ln(t,o)){let r=t.getExtension(o);return lL(t,r)}return!1}return px(t)}function px(n){let t=Vu(n),e=n.createTexture();n.bindTexture(n.TEXTURE_2D,e),n.texImage2D(n.TEXTURE_2D,0,t.internalFormatFloat,1,1,0,t.textureFormatFloat,t.textureTypeFloat,null);let s=n.createFramebuffer();n.bindFramebuffer(n.FRAMEBUFFER,s),n.framebufferTexture2D(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,e,0);let i=n.checkFramebufferStatus(n.FRAMEBUFFER)===n.FRAMEBUFFER_COMPLETE;return n.bindTexture(n.TEXTURE_2D,null),n.bindFramebuffer(n.FRAMEBUFFER,null),n.deleteTexture(e),n.deleteFramebuffer(s),i}function lL(n,t){let e=Vu(n,t),o=n.createTexture();n.bindTexture(n.TEXTURE_2D,o),n.texImage2D(n.TEXTURE_2D,0,e.internalFormatHalfFloat,1,1,0,e.textureFormatFloat,e.textureTypeHalfFloat,null);let i=n.createFramebuffer();n.bindFramebuffer(n.FRAMEBUFFER,i),n.framebufferTexture2D(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,o,0);let u=n.checkFramebufferStatus(n.FRAMEBUFFER)===n.FRAMEBUFFER_COMPLETE;return n.bindTexture(n.TEXTURE_2D,null),n.bindFramebuffer(n.FRAMEBUFFER,null),n.deleteTexture(o),n.deleteFramebuffer(i),u}function k0(n){return n!==2?!1:Zt(n).fenceSync!=null}function zn(n,t){Array.isArray(n)||(n=[n]),n.forEach(e=>{e!=null&&b.assert(e.dtype!=="complex64",()=>`${t} does not support complex64 tensors in the WebGL backend.`)})}var le=N();le.registerFlag("HAS_WEBGL",()=>le.getNumber("WEBGL_VERSION")>0);le.registerFlag("WEBGL_VERSION",()=>hx(2)?2:hx(1)?1:0);le.registerFlag("WEBGL_CHECK_NUMERICAL_PROBLEMS",()=>!1);le.registerFlag("WEBGL_BUFFER_SUPPORTED",()=>le.get("WEBGL_VERSION")===2);le.registerFlag("WEBGL_CPU_FORWARD",()=>!0);le.registerFlag("WEBGL_FORCE_F16_TEXTURES",()=>!1);le.registerFlag("WEBGL_PACK",()=>le.getBool("HAS_WEBGL"));le.registerFlag("WEBGL_PACK_NORMALIZATION",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_PACK_CLIP",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_PACK_DEPTHWISECONV",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_PACK_BINARY_OPERATIONS",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_PACK_UNARY_OPERATIONS",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_PACK_ARRAY_OPERATIONS",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_PACK_IMAGE_OPERATIONS",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_PACK_REDUCE",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_LAZILY_UNPACK",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_CONV_IM2COL",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_PACK_CONV2DTRANSPOSE",()=>le.getBool("WEBGL_PACK"));le.registerFlag("WEBGL_MAX_TEXTURE_SIZE",()=>C0(le.getNumber("WEBGL_VERSION")));le.registerFlag("WEBGL_MAX_TEXTURES_IN_SHADER",()=>I0(le.getNumber("WEBGL_VERSION")));le.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION",()=>{let n=le.getNumber("WEBGL_VERSION");return n===0?0:w0(n)});le.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE",()=>le.getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0&&!$r.isMobile());le.registerFlag("WEBGL_RENDER_FLOAT32_CAPABLE",()=>S0(le.getNumber("WEBGL_VERSION")));le.registerFlag("WEBGL_RENDER_FLOAT32_ENABLED",()=>le.getBool("WEBGL_FORCE_F16_TEXTURES")?!1:le.getBool("WEBGL_RENDER_FLOAT32_CAPABLE"));le.registerFlag("WEBGL_DOWNLOAD_FLOAT_ENABLED",()=>v0(le.getNumber("WEBGL_VERSION")));le.registerFlag("WEBGL_FENCE_API_ENABLED",()=>k0(le.getNumber("WEBGL_VERSION")));le.registerFlag("WEBGL_SIZE_UPLOAD_UNIFORM",()=>le.getBool("WEBGL_RENDER_FLOAT32_ENABLED")?4:0);le.registerFlag("WEBGL_DELETE_TEXTURE_THRESHOLD",()=>-1,n=>{if(typeof n!="number")throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be a number but got ${n}.`);if(n<0&&n!==-1)throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be -1 (indicating never delete) or at least 0, but got ${n}.`)});le.registerFlag("WEBGL_FLUSH_THRESHOLD",()=>$r.isMobile()?1:-1,n=>{if(typeof n!="number")throw new Error(`WEBGL_FLUSH_THRESHOLD must be a number but got ${n}.`);if(n<0&&n!==-1)throw new Error(`WEBGL_FLUSH_THRESHOLD must be -1 (indicating never manual flush) or at least 0, but got ${n}.`)});le.registerFlag("CPU_HANDOFF_SIZE_THRESHOLD",()=>128);le.registerFlag("WEBGL_USE_SHAPES_UNIFORMS",()=>!1);le.registerFlag("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD",()=>1e5);le.registerFlag("TOPK_K_CPU_HANDOFF_THRESHOLD",()=>128);le.registerFlag("WEBGL_EXP_CONV",()=>!1);le.registerFlag("SOFTWARE_WEBGL_ENABLED",()=>le.getBool("IS_TEST"));le.registerFlag("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE",()=>1/0);le.registerFlag("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE",()=>!1);le.registerFlag("WEBGL2_ISNAN_CUSTOM",()=>!1);le.registerFlag("ENGINE_COMPILE_ONLY",()=>!1);function Xe(){let n,t,e,o,r,s,i,u,l,a;return N().getNumber("WEBGL_VERSION")===2?(n="#version 300 es",t="in",e="out",o="in",r="texture",s="outputColor",i="out vec4 outputColor;",u=N().getBool("WEBGL2_ISNAN_CUSTOM")?`
      bool isnan_custom(float val) {
        uint floatToUint = floatBitsToUint(val);
        return (floatToUint & 0x7fffffffu) > 0x7f800000u;
      }

      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan_custom(val.x),
          isnan_custom(val.y), isnan_custom(val.z), isnan_custom(val.w));
      }

      #define isnan(value) isnan_custom(value)
    `:"",l="",a=`
      #define round(value) newRound(value)
      int newRound(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 newRound(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `):(n="",t="attribute",e="varying",o="varying",r="texture2D",s="gl_FragColor",i="",u=`
      #define isnan(value) isnan_custom(value)
      bool isnan_custom(float val) {
        return (val > 0. || val < 1. || val == 0.) ? false : true;
      }
      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan(val.x), isnan(val.y), isnan(val.z), isnan(val.w));
      }
    `,l=`
      uniform float INFINITY;

      bool isinf(float val) {
        return abs(val) == INFINITY;
      }
      bvec4 isinf(vec4 val) {
        return equal(abs(val), vec4(INFINITY));
      }
    `,a=`
      int round(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 round(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `),{version:n,attribute:t,varyingVs:e,varyingFs:o,texture2D:r,output:s,defineOutput:i,defineSpecialNaN:u,defineSpecialInf:l,defineRound:a}}function Nn(n,t,e="index"){let o=b.computeStrides(t);return o.map((r,s)=>{let i=`int ${n[s]} = ${e} / ${r}`,u=s===o.length-1?`int ${n[s+1]} = ${e} - ${n[s]} * ${r}`:`index -= ${n[s]} * ${r}`;return`${i}; ${u};`}).join("")}function Ys(n,t,e="index"){let o=b.computeStrides(t);return o.map((r,s)=>{let i=`int ${n[s]} = ${e} / outShapeStrides[${s}]`,u=s===o.length-1?`int ${n[s+1]} = ${e} - ${n[s]} * outShapeStrides[${s}]`:`index -= ${n[s]} * outShapeStrides[${s}]`;return`${i}; ${u};`}).join("")}function cL(n,t){let e=n.length,o=n.map(s=>`${t}[${s}]`),r=new Array(e-1);r[e-2]=o[e-1];for(let s=e-3;s>=0;--s)r[s]=`(${r[s+1]} * ${o[s+1]})`;return r}function _0(n,t,e="index"){let o=n.map((s,i)=>i),r=cL(o,t);return r.map((s,i)=>{let u=`int ${n[i]} = ${e} / ${r[i]}`,l=i===r.length-1?`int ${n[i+1]} = ${e} - ${n[i]} * ${r[i]}`:`index -= ${n[i]} * ${r[i]}`;return`${u}; ${l};`}).join("")}function Pi(n){let t=b.computeStrides(n).map(e=>e.toString());return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * ${t[0]} + coords.y * ${t[1]} + coords.z;
  }
`}function Oi(){return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * outShapeStrides[0] + coords.y * outShapeStrides[1] + coords.z;
  }
`}var Gc=`
  const float FLOAT_MAX = 1.70141184e38;
  const float FLOAT_MIN = 1.17549435e-38;

  lowp vec4 encode_float(highp float v) {
    if (isnan(v)) {
      return vec4(255, 255, 255, 255);
    }

    highp float av = abs(v);

    if(av < FLOAT_MIN) {
      return vec4(0.0, 0.0, 0.0, 0.0);
    } else if(v > FLOAT_MAX) {
      return vec4(0.0, 0.0, 128.0, 127.0) / 255.0;
    } else if(v < -FLOAT_MAX) {
      return vec4(0.0, 0.0,  128.0, 255.0) / 255.0;
    }

    highp vec4 c = vec4(0,0,0,0);

    highp float e = floor(log2(av));
    highp float m = exp2(fract(log2(av))) - 1.0;

    c[2] = floor(128.0 * m);
    m -= c[2] / 128.0;
    c[1] = floor(32768.0 * m);
    m -= c[1] / 32768.0;
    c[0] = floor(8388608.0 * m);

    highp float ebias = e + 127.0;
    c[3] = floor(ebias / 2.0);
    ebias -= c[3] * 2.0;
    c[2] += floor(ebias) * 128.0;

    c[3] += 128.0 * step(0.0, -v);

    return c / 255.0;
  }
`;var{getBroadcastDims:T0}=I;function N0(n,t,e){let o=[];if(n.forEach(m=>{let f=b.sizeFromShape(m.shapeInfo.logicalShape);if(m.shapeInfo.isUniform?o.push(`uniform float ${m.name}${f>1?`[${f}]`:""};`):(o.push(`uniform sampler2D ${m.name};`),o.push(`uniform int offset${m.name};`)),e.enableShapeUniforms){let{uniformShape:h}=Hc(e.packedInputs,m.shapeInfo.logicalShape,m.shapeInfo.texShape);switch(h.length){case 1:o.push(`uniform int ${m.name}Shape;`);break;case 2:o.push(`uniform ivec2 ${m.name}Shape;`);break;case 3:o.push(`uniform ivec3 ${m.name}Shape;`);break;case 4:o.push(`uniform ivec4 ${m.name}Shape;`);break;default:break}o.push(`uniform ivec2 ${m.name}TexShape;`)}}),e.enableShapeUniforms){switch(t.logicalShape.length){case 1:o.push("uniform int outShape;");break;case 2:o.push("uniform ivec2 outShape;"),o.push("uniform int outShapeStrides;");break;case 3:o.push("uniform ivec3 outShape;"),o.push("uniform ivec2 outShapeStrides;");break;case 4:o.push("uniform ivec4 outShape;"),o.push("uniform ivec3 outShapeStrides;");break;default:break}o.push("uniform ivec2 outTexShape;")}e.customUniforms&&e.customUniforms.forEach(m=>{o.push(`uniform ${m.type} ${m.name}${m.arrayIndex?`[${m.arrayIndex}]`:""};`)});let r=o.join(`
`),s=n.map(m=>pL(m,t,e.packedInputs,e.enableShapeUniforms)).join(`
`),i=t.texShape,u=Xe(),l=fL(u),a,c,p=xL(u);return t.isPacked?(a=dL(t.logicalShape,i,e.enableShapeUniforms),c=gL(u)):(a=mL(t.logicalShape,i,e.enableShapeUniforms),c=hL(u)),e.packedInputs&&(p+=IL),[p,l,c,r,a,s,e.userCode].join(`
`)}function Li(n,t=!1){let e=n.shapeInfo.logicalShape;switch(e.length){case 0:return DL(n,t);case 1:return ML(n,t);case 2:return OL(n,t);case 3:return LL(n,t);case 4:return WL(n,t);case 5:return UL(n);case 6:return zL(n);default:throw new Error(`${e.length}-D input sampling is not yet supported`)}}function R0(n,t){switch(n.shapeInfo.logicalShape.length){case 0:return FL(n);case 1:return $L(n,t);case 2:return PL(n,t);case 3:return BL(n,t);default:return VL(n,t)}}function pL(n,t,e=!1,o){let r="";e?r+=R0(n,o):r+=Li(n,o);let s=n.shapeInfo.logicalShape,i=t.logicalShape;return s.length<=i.length&&(e?r+=GL(n,t):r+=HL(n,t)),r}function dL(n,t,e){switch(n.length){case 0:return A0();case 1:return wL(n,t,e);case 2:return AL(n,t,e);case 3:return vL(n,t,e);default:return _L(n,t,e)}}function mL(n,t,e){switch(n.length){case 0:return A0();case 1:return SL(n,t,e);case 2:return EL(n,t,e);case 3:return kL(n,t,e);case 4:return TL(n,t,e);case 5:return NL(n,t);case 6:return RL(n,t);default:throw new Error(`${n.length}-D output sampling is not yet supported`)}}function fL(n){return`
    float sampleTexture(sampler2D textureSampler, vec2 uv) {
      return ${n.texture2D}(textureSampler, uv).r;
    }
  `}function hL(n){return`
    void setOutput(float val) {
      ${n.output} = vec4(val, 0, 0, 0);
    }
  `}function gL(n){return`
    void setOutput(vec4 val) {
      ${n.output} = val;
    }
  `}function xL(n){return`${n.version}
    precision highp float;
    precision highp int;
    precision highp sampler2D;
    ${n.varyingFs} vec2 resultUV;
    ${n.defineOutput}
    const vec2 halfCR = vec2(0.5, 0.5);

    struct ivec5
    {
      int x;
      int y;
      int z;
      int w;
      int u;
    };

    struct ivec6
    {
      int x;
      int y;
      int z;
      int w;
      int u;
      int v;
    };

    uniform float NAN;
    ${n.defineSpecialNaN}
    ${n.defineSpecialInf}
    ${n.defineRound}

    int imod(int x, int y) {
      return x - y * (x / y);
    }

    int idiv(int a, int b, float sign) {
      int res = a / b;
      int mod = imod(a, b);
      if (sign < 0. && mod != 0) {
        res -= 1;
      }
      return res;
    }

    //Based on the work of Dave Hoskins
    //https://www.shadertoy.com/view/4djSRW
    #define HASHSCALE1 443.8975
    float random(float seed){
      vec2 p = resultUV * seed;
      vec3 p3  = fract(vec3(p.xyx) * HASHSCALE1);
      p3 += dot(p3, p3.yzx + 19.19);
      return fract((p3.x + p3.y) * p3.z);
    }

    ${bL}
    ${yL}
    ${CL}
  `}var bL=`
vec2 uvFromFlat(int texNumR, int texNumC, int index) {
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
vec2 packedUVfrom1D(int texNumR, int texNumC, int index) {
  int texelIndex = index / 2;
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,yL=`
vec2 packedUVfrom2D(int texelsInLogicalRow, int texNumR,
  int texNumC, int row, int col) {
  int texelIndex = (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,CL=`
vec2 packedUVfrom3D(int texNumR, int texNumC,
    int texelsInBatch, int texelsInLogicalRow, int b,
    int row, int col) {
  int index = b * texelsInBatch + (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,IL=`
  float getChannel(vec4 frag, vec2 innerDims) {
    vec2 modCoord = mod(innerDims, 2.);
    return modCoord.x == 0. ?
      (modCoord.y == 0. ? frag.r : frag.g) :
      (modCoord.y == 0. ? frag.b : frag.a);
  }
  float getChannel(vec4 frag, int dim) {
    float modCoord = mod(float(dim), 2.);
    return modCoord == 0. ? frag.r : frag.g;
  }
`;function A0(){return`
    int getOutputCoords() {
      return 0;
    }
  `}function wL(n,t,e){let o=[Math.ceil(t[0]/2),Math.ceil(t[1]/2)];return o[0]===1?e?`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ceil(float(outTexShape[1]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ${o[1]}.0);
      }
    `:o[1]===1?e?`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ceil(float(outTexShape[0]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ${o[0]}.0);
      }
    `:e?`
    int getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      return 2 * (resTexRC.x * packedTexShape[1] + resTexRC.y);
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${o[0]}, ${o[1]}));
      return 2 * (resTexRC.x * ${o[1]} + resTexRC.y);
    }
  `}function SL(n,t,e){return t[0]===1?e?`
      int getOutputCoords() {
        return int(resultUV.x * float(outTexShape[1]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.x * ${t[1]}.0);
      }
    `:t[1]===1?e?`
      int getOutputCoords() {
        return int(resultUV.y * float(outTexShape[0]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.y * ${t[0]}.0);
      }
    `:e?`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      return resTexRC.x * outTexShape[1] + resTexRC.y;
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${t[0]}, ${t[1]}));
      return resTexRC.x * ${t[1]} + resTexRC.y;
    }
  `}function vL(n,t,e){if(e)return`
    ivec3 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec3(b, r, c);
    }
  `;let o=[Math.ceil(t[0]/2),Math.ceil(t[1]/2)],r=Math.ceil(n[2]/2),s=r*Math.ceil(n[1]/2);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${o[0]}, ${o[1]}));
      int index = resTexRC.x * ${o[1]} + resTexRC.y;

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec3(b, r, c);
    }
  `}function kL(n,t,e){if(e)return`
  ivec3 getOutputCoords() {
    ivec2 resTexRC = ivec2(resultUV.yx *
                           vec2(outTexShape[0], outTexShape[1]));
    int index = resTexRC.x * outTexShape[1] + resTexRC.y;
    ${Ys(["r","c","d"],n)}
    return ivec3(r, c, d);
  }
`;let o=Nn(["r","c","d"],n);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${t[0]}, ${t[1]}));
      int index = resTexRC.x * ${t[1]} + resTexRC.y;
      ${o}
      return ivec3(r, c, d);
    }
  `}function _L(n,t,e){if(e)return`
    ivec4 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int texelsInLogicalRow = int(ceil(float(outShape[3]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatchN = texelsInBatch * outShape[1];

      int b2 = index / texelsInBatchN;
      index -= b2 * texelsInBatchN;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec4(b2, b, r, c);
    }
  `;let o=[Math.ceil(t[0]/2),Math.ceil(t[1]/2)],r=Math.ceil(n[n.length-1]/2),s=r*Math.ceil(n[n.length-2]/2),i=s,u="",l="b, r, c";for(let a=2;a<n.length-1;a++)i*=n[n.length-a-1],u=`
      int b${a} = index / ${i};
      index -= b${a} * ${i};
    `+u,l=`b${a}, `+l;return`
    ivec${n.length} getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${o[0]}, ${o[1]}));
      int index = resTexRC.x * ${o[1]} + resTexRC.y;

      ${u}

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec${n.length}(${l});
    }
  `}function TL(n,t,e){if(e)return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      ${Ys(["r","c","d","d2"],n)}
      return ivec4(r, c, d, d2);
    }
  `;let o=Nn(["r","c","d","d2"],n);return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${t[0]}, ${t[1]}));
      int index = resTexRC.x * ${t[1]} + resTexRC.y;
      ${o}
      return ivec4(r, c, d, d2);
    }
  `}function NL(n,t){let e=Nn(["r","c","d","d2","d3"],n);return`
    ivec5 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx * vec2(${t[0]},
                             ${t[1]}));

      int index = resTexRC.x * ${t[1]} + resTexRC.y;

      ${e}

      ivec5 outShape = ivec5(r, c, d, d2, d3);
      return outShape;
    }
  `}function RL(n,t){let e=Nn(["r","c","d","d2","d3","d4"],n);return`
    ivec6 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${t[0]}, ${t[1]}));
      int index = resTexRC.x * ${t[1]} + resTexRC.y;

      ${e}

      ivec6 result = ivec6(r, c, d, d2, d3, d4);
      return result;
    }
  `}function AL(n,t,e){let o=[Math.ceil(t[0]/2),Math.ceil(t[1]/2)];if(b.arraysEqual(n,t))return e?`
      ivec2 getOutputCoords() {
        ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
        return 2 * ivec2(resultUV.yx * vec2(packedTexShape[0], packedTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return 2 * ivec2(resultUV.yx * vec2(${o[0]}, ${o[1]}));
      }
    `;let r=Math.ceil(n[1]/2);return e?`
    ivec2 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));

      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;
      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${o[0]}, ${o[1]}));

      int index = resTexRC.x * ${o[1]} + resTexRC.y;
      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec2(r, c);
    }
  `}function EL(n,t,e){return b.arraysEqual(n,t)?e?`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(outTexShape[0], outTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(${t[0]}, ${t[1]}));
      }
    `:n[1]===1?e?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(index, 0);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${t[0]}, ${t[1]}));
        int index = resTexRC.x * ${t[1]} + resTexRC.y;
        return ivec2(index, 0);
      }
    `:n[0]===1?e?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(0, index);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${t[0]}, ${t[1]}));
        int index = resTexRC.x * ${t[1]} + resTexRC.y;
        return ivec2(0, index);
      }
    `:e?`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      int r = index / outShape[1];
      int c = index - r * outShape[1];
      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${t[0]}, ${t[1]}));
      int index = resTexRC.x * ${t[1]} + resTexRC.y;
      int r = index / ${n[1]};
      int c = index - r * ${n[1]};
      return ivec2(r, c);
    }
  `}function Zs(n){return`offset${n}`}function FL(n){let t=n.name,e="get"+t.charAt(0).toUpperCase()+t.slice(1),o=Xe();return`
    vec4 ${e}() {
      return ${o.texture2D}(${t}, halfCR);
    }
  `}function DL(n,t){let e=n.name,o="get"+e.charAt(0).toUpperCase()+e.slice(1);if(n.shapeInfo.isUniform)return`float ${o}() {return ${e};}`;let[r,s]=n.shapeInfo.texShape;if(r===1&&s===1)return`
      float ${o}() {
        return sampleTexture(${e}, halfCR);
      }
    `;let i=Zs(e);if(t)return`
    float ${o}() {
      vec2 uv = uvFromFlat(${e}TexShape[0], ${e}TexShape[1], ${i});
      return sampleTexture(${e}, uv);
    }
  `;let[u,l]=n.shapeInfo.texShape;return`
    float ${o}() {
      vec2 uv = uvFromFlat(${u}, ${l}, ${i});
      return sampleTexture(${e}, uv);
    }
  `}function $L(n,t){let e=n.name,o="get"+e.charAt(0).toUpperCase()+e.slice(1),r=n.shapeInfo.texShape,s=Xe();if(t)return`
    vec4 ${o}(int index) {
      ivec2 packedTexShape = ivec2(ceil(float(${e}TexShape[0]) / 2.0), ceil(float(${e}TexShape[1]) / 2.0));
      vec2 uv = packedUVfrom1D(
        packedTexShape[0], packedTexShape[1], index);
      return ${s.texture2D}(${e}, uv);
    }
  `;let i=[Math.ceil(r[0]/2),Math.ceil(r[1]/2)];return`
    vec4 ${o}(int index) {
      vec2 uv = packedUVfrom1D(
        ${i[0]}, ${i[1]}, index);
      return ${s.texture2D}(${e}, uv);
    }
  `}function ML(n,t){let e=n.name,o="get"+e.charAt(0).toUpperCase()+e.slice(1);if(n.shapeInfo.isUniform)return`
      float ${o}(int index) {
        ${Vi(n)}
      }
    `;let r=n.shapeInfo.texShape,s=r[0],i=r[1];if(i===1&&s===1)return`
      float ${o}(int index) {
        return sampleTexture(${e}, halfCR);
      }
    `;let u=Zs(e);return i===1?t?`
      float ${o}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${u}) + 0.5) / float(${e}TexShape[0]));
        return sampleTexture(${e}, uv);
      }
    `:`
      float ${o}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${u}) + 0.5) / ${s}.0);
        return sampleTexture(${e}, uv);
      }
    `:s===1?t?`
      float ${o}(int index) {
        vec2 uv = vec2((float(index + ${u}) + 0.5) / float(${e}TexShape[1]), 0.5);
        return sampleTexture(${e}, uv);
      }
    `:`
      float ${o}(int index) {
        vec2 uv = vec2((float(index + ${u}) + 0.5) / ${i}.0, 0.5);
        return sampleTexture(${e}, uv);
      }
    `:t?`
    float ${o}(int index) {
      vec2 uv = uvFromFlat(${e}TexShape[0], ${e}TexShape[1], index + ${u});
      return sampleTexture(${e}, uv);
    }
  `:`
    float ${o}(int index) {
      vec2 uv = uvFromFlat(${s}, ${i}, index + ${u});
      return sampleTexture(${e}, uv);
    }
  `}function PL(n,t){let e=n.shapeInfo.logicalShape,o=n.name,r="get"+o.charAt(0).toUpperCase()+o.slice(1),s=n.shapeInfo.texShape,i=s[0],u=s[1],l=Xe();if(s!=null&&b.arraysEqual(e,s))return t?`
      vec4 ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${o}TexShape[1], ${o}TexShape[0]);

        return ${l.texture2D}(${o}, uv);
      }
    `:`
      vec4 ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${u}.0, ${i}.0);

        return ${l.texture2D}(${o}, uv);
      }
    `;if(t)return`
    vec4 ${r}(int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${o}TexShape[0]) / 2.0), ceil(float(${o}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${o}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom2D(valuesPerRow, packedTexShape[0], packedTexShape[1], row, col);
      return ${l.texture2D}(${o}, uv);
    }
  `;let a=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)],c=Math.ceil(e[1]/2);return`
    vec4 ${r}(int row, int col) {
      vec2 uv = packedUVfrom2D(${c}, ${a[0]}, ${a[1]}, row, col);
      return ${l.texture2D}(${o}, uv);
    }
  `}function OL(n,t){let e=n.shapeInfo.logicalShape,o=n.name,r="get"+o.charAt(0).toUpperCase()+o.slice(1),s=n.shapeInfo.texShape;if(s!=null&&b.arraysEqual(e,s)){if(t)return`
      float ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `;let d=s[0],m=s[1];return`
    float ${r}(int row, int col) {
      vec2 uv = (vec2(col, row) + halfCR) / vec2(${m}.0, ${d}.0);
      return sampleTexture(${o}, uv);
    }
  `}let{newShape:i,keptDims:u}=b.squeezeShape(e),l=i;if(l.length<e.length){let d=Wi(n,l),m=["row","col"];return`
      ${Li(d,t)}
      float ${r}(int row, int col) {
        return ${r}(${Ui(m,u)});
      }
    `}if(n.shapeInfo.isUniform)return`
      float ${r}(int row, int col) {
        int index = round(dot(vec2(row, col), vec2(${e[1]}, 1)));
        ${Vi(n)}
      }
    `;let a=s[0],c=s[1],p=Zs(o);return c===1?t?`
      float ${r}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${o}Shape[1], 1, 1));
        vec2 uv = vec2(0.5, (index + 0.5) / float(${o}TexShape[0]));
        return sampleTexture(${o}, uv);
      }
    `:`
    float ${r}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${e[1]}, 1, 1));
      vec2 uv = vec2(0.5, (index + 0.5) / ${a}.0);
      return sampleTexture(${o}, uv);
    }
  `:a===1?t?`
      float ${r}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${o}Shape[1], 1, 1));
        vec2 uv = vec2((index + 0.5) / float(${o}TexShape[1]), 0.5);
        return sampleTexture(${o}, uv);
      }
    `:`
    float ${r}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${e[1]}, 1, 1));
      vec2 uv = vec2((index + 0.5) / ${c}.0, 0.5);
      return sampleTexture(${o}, uv);
    }
  `:t?`
      float ${r}(int row, int col) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${o}Shape[1] + col + ${p};
        vec2 uv = uvFromFlat(${o}TexShape[0], ${o}TexShape[1], index);
        return sampleTexture(${o}, uv);
      }
    `:`
  float ${r}(int row, int col) {
    // Explicitly use integer operations as dot() only works on floats.
    int index = row * ${e[1]} + col + ${p};
    vec2 uv = uvFromFlat(${a}, ${c}, index);
    return sampleTexture(${o}, uv);
  }
`}function BL(n,t){let e=n.shapeInfo.logicalShape,o=n.name,r="get"+o.charAt(0).toUpperCase()+o.slice(1),s=n.shapeInfo.texShape,i=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)];if(e[0]===1){let d=e.slice(1),m=[1,2],f=Wi(n,d),h=["b","row","col"];return`
        ${R0(f,t)}
        vec4 ${r}(int b, int row, int col) {
          return ${r}(${Ui(h,m)});
        }
      `}let u=Xe();if(t)return`
    vec4 ${r}(int b, int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${o}TexShape[0]) / 2.0), ceil(float(${o}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${o}Shape[2]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${o}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom3D(
        packedTexShape[0], packedTexShape[1], texelsInBatch, valuesPerRow, b, row, col);
      return ${u.texture2D}(${o}, uv);
    }
  `;let l=i[0],a=i[1],c=Math.ceil(e[2]/2),p=c*Math.ceil(e[1]/2);return`
    vec4 ${r}(int b, int row, int col) {
      vec2 uv = packedUVfrom3D(
        ${l}, ${a}, ${p}, ${c}, b, row, col);
      return ${u.texture2D}(${o}, uv);
    }
  `}function LL(n,t){let e=n.shapeInfo.logicalShape,o=n.name,r="get"+o.charAt(0).toUpperCase()+o.slice(1),s=e[1]*e[2],i=e[2],{newShape:u,keptDims:l}=b.squeezeShape(e),a=u;if(a.length<e.length){let h=Wi(n,a),g=["row","col","depth"];return`
        ${Li(h,t)}
        float ${r}(int row, int col, int depth) {
          return ${r}(${Ui(g,l)});
        }
      `}if(n.shapeInfo.isUniform)return`
      float ${r}(int row, int col, int depth) {
        int index = round(dot(vec3(row, col, depth),
                          vec3(${s}, ${i}, 1)));
        ${Vi(n)}
      }
    `;let c=n.shapeInfo.texShape,p=c[0],d=c[1],m=n.shapeInfo.flatOffset;if(d===s&&m==null)return t?`
      float ${r}(int row, int col, int depth) {
        int stride1 = ${o}Shape[2];
        float texR = float(row);
        float texC = dot(vec2(col, depth), vec2(stride1, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `:`
        float ${r}(int row, int col, int depth) {
          float texR = float(row);
          float texC = dot(vec2(col, depth), vec2(${i}, 1));
          vec2 uv = (vec2(texC, texR) + halfCR) /
                     vec2(${d}.0, ${p}.0);
          return sampleTexture(${o}, uv);
        }
      `;if(d===i&&m==null)return t?`
      float ${r}(int row, int col, int depth) {
        float texR = dot(vec2(row, col), vec2(${o}Shape[1], 1));
        float texC = float(depth);
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `:`
    float ${r}(int row, int col, int depth) {
      float texR = dot(vec2(row, col), vec2(${e[1]}, 1));
      float texC = float(depth);
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${d}.0, ${p}.0);
      return sampleTexture(${o}, uv);
    }
  `;let f=Zs(o);return t?`
    float ${r}(int row, int col, int depth) {
      // Explicitly use integer operations as dot() only works on floats.
      int stride0 = ${o}Shape[1] * ${o}Shape[2];
      int stride1 = ${o}Shape[2];
      int index = row * stride0 + col * stride1 + depth + ${f};
      vec2 uv = uvFromFlat(${o}TexShape[0], ${o}TexShape[1], index);
      return sampleTexture(${o}, uv);
    }
    `:`
      float ${r}(int row, int col, int depth) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${s} + col * ${i} + depth + ${f};
        vec2 uv = uvFromFlat(${p}, ${d}, index);
        return sampleTexture(${o}, uv);
      }
  `}function VL(n,t){let e=n.name,o="get"+e.charAt(0).toUpperCase()+e.slice(1),r=Xe();if(t)return`
    vec4 ${o}(int b2, int b, int row, int col) {
      int valuesPerRow = int(ceil(float(${e}Shape[3]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${e}Shape[2]) / 2.0));
      int index = b * texelsInBatch + (row / 2) * valuesPerRow + (col / 2);
      texelsInBatch *= ${e}Shape[1];
      index = b2 * texelsInBatch + index;
      ivec2 packedTexShape = ivec2(ceil(float(${e}TexShape[0]) / 2.0), ceil(float(${e}TexShape[1]) / 2.0));
      int texR = index / packedTexShape[1];
      int texC = index - texR * packedTexShape[1];
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(packedTexShape[1], packedTexShape[0]); return ${r.texture2D}(${e}, uv);
    }
  `;let s=n.shapeInfo.logicalShape,i=s.length,u=n.shapeInfo.texShape,l=[Math.ceil(u[0]/2),Math.ceil(u[1]/2)],a=l[0],c=l[1],p=Math.ceil(s[i-1]/2),d=p*Math.ceil(s[i-2]/2),m="int b, int row, int col",f=`b * ${d} + (row / 2) * ${p} + (col / 2)`;for(let h=2;h<i-1;h++)m=`int b${h}, `+m,d*=s[i-h-1],f=`b${h} * ${d} + `+f;return`
    vec4 ${o}(${m}) {
      int index = ${f};
      int texR = index / ${c};
      int texC = index - texR * ${c};
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${c}, ${a});
      return ${r.texture2D}(${e}, uv);
    }
  `}function WL(n,t){let e=n.shapeInfo.logicalShape,o=n.name,r="get"+o.charAt(0).toUpperCase()+o.slice(1),s=e[3],i=e[2]*s,u=e[1]*i,{newShape:l,keptDims:a}=b.squeezeShape(e);if(l.length<e.length){let y=Wi(n,l),C=["row","col","depth","depth2"];return`
      ${Li(y,t)}
      float ${r}(int row, int col, int depth, int depth2) {
        return ${r}(${Ui(C,a)});
      }
    `}if(n.shapeInfo.isUniform)return`
      float ${r}(int row, int col, int depth, int depth2) {
        int index = round(dot(vec4(row, col, depth, depth2),
                          vec4(${u}, ${i}, ${s}, 1)));
        ${Vi(n)}
      }
    `;let c=n.shapeInfo.flatOffset,p=n.shapeInfo.texShape,d=p[0],m=p[1],f=`int stride2 = ${o}Shape[3];`,h=`int stride1 = ${o}Shape[2] * stride2;`,g=`int stride0 = ${o}Shape[1] * stride1;`;if(m===u&&c==null)return t?`
      float ${r}(int row, int col, int depth, int depth2) {
        ${f}
        ${h}
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(stride1, stride2, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `:`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(${i}, ${s}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${m}.0, ${d}.0);
        return sampleTexture(${o}, uv);
      }
    `;if(m===s&&c==null)return t?`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${o}Shape[1] * ${o}Shape[2], ${o}Shape[2], 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `:`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${e[1]*e[2]}, ${e[2]}, 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${m}.0, ${d}.0);
        return sampleTexture(${o}, uv);
      }
    `;let x=Zs(o);return t?`
    float ${r}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      ${f}
      ${h}
      ${g}
      int index = row * stride0 + col * stride1 +
          depth * stride2 + depth2;
      vec2 uv = uvFromFlat(${o}TexShape[0], ${o}TexShape[1], index + ${x});
      return sampleTexture(${o}, uv);
    }
  `:`
    float ${r}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${u} + col * ${i} +
          depth * ${s} + depth2;
      vec2 uv = uvFromFlat(${d}, ${m}, index + ${x});
      return sampleTexture(${o}, uv);
    }
  `}function UL(n){let t=n.shapeInfo.logicalShape,e=n.name,o="get"+e.charAt(0).toUpperCase()+e.slice(1),r=t[4],s=t[3]*r,i=t[2]*s,u=t[1]*i,{newShape:l,keptDims:a}=b.squeezeShape(t);if(l.length<t.length){let h=Wi(n,l),g=["row","col","depth","depth2","depth3"];return`
      ${Li(h)}
      float ${o}(int row, int col, int depth, int depth2, int depth3) {
        return ${o}(${Ui(g,a)});
      }
    `}if(n.shapeInfo.isUniform)return`
      float ${o}(int row, int col, int depth, int depth2, int depth3) {
        float index = dot(
          vec4(row, col, depth, depth2),
          vec4(${u}, ${i}, ${s}, ${r})) +
          depth3;
        ${Vi(n)}
      }
    `;let c=n.shapeInfo.flatOffset,p=n.shapeInfo.texShape,d=p[0],m=p[1];if(m===u&&c==null)return`
      float ${o}(int row, int col, int depth, int depth2, int depth3) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
                         vec4(${i}, ${s}, ${r}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${m}.0, ${d}.0);
        return sampleTexture(${e}, uv);
      }
    `;if(m===r&&c==null)return`
      float ${o}(int row, int col, int depth, int depth2, int depth3) {
        float texR = dot(
          vec4(row, col, depth, depth2),
          vec4(${t[1]*t[2]*t[3]},
               ${t[2]*t[3]}, ${t[3]}, 1));
        int texC = depth3;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${m}.0, ${d}.0);
        return sampleTexture(${e}, uv);
      }
    `;let f=Zs(e);return`
    float ${o}(int row, int col, int depth, int depth2, int depth3) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${u} + col * ${i} + depth * ${s} +
          depth2 * ${r} + depth3 + ${f};
      vec2 uv = uvFromFlat(${d}, ${m}, index);
      return sampleTexture(${e}, uv);
    }
  `}function zL(n){let t=n.shapeInfo.logicalShape,e=n.name,o="get"+e.charAt(0).toUpperCase()+e.slice(1),{newShape:r,keptDims:s}=b.squeezeShape(t);if(r.length<t.length){let g=Wi(n,r),x=["row","col","depth","depth2","depth3","depth4"];return`
      ${Li(g)}
      float ${o}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        return ${o}(${Ui(x,s)});
      }
    `}let i=t[5],u=t[4]*i,l=t[3]*u,a=t[2]*l,c=t[1]*a;if(n.shapeInfo.isUniform)return`
      float ${o}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
        int index = round(dot(
          vec4(row, col, depth, depth2),
          vec4(${c}, ${a}, ${l}, ${u})) +
          dot(
            vec2(depth3, depth4),
            vec2(${i}, 1)));
        ${Vi(n)}
      }
    `;let p=n.shapeInfo.flatOffset,d=n.shapeInfo.texShape,m=d[0],f=d[1];if(f===c&&p==null)return`
      float ${o}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
          vec4(${a}, ${l}, ${u}, ${i})) +
               float(depth4);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${m}.0);
        return sampleTexture(${e}, uv);
      }
    `;if(f===i&&p==null)return`
      float ${o}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        float texR = dot(vec4(row, col, depth, depth2),
          vec4(${t[1]*t[2]*t[3]*t[4]},
               ${t[2]*t[3]*t[4]},
               ${t[3]*t[4]},
               ${t[4]})) + float(depth3);
        int texC = depth4;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${m}.0);
        return sampleTexture(${e}, uv);
      }
    `;let h=Zs(e);return`
    float ${o}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${c} + col * ${a} + depth * ${l} +
          depth2 * ${u} + depth3 * ${i} + depth4 + ${h};
      vec2 uv = uvFromFlat(${m}, ${f}, index);
      return sampleTexture(${e}, uv);
    }
  `}function Vi(n){let t=n.name,e=b.sizeFromShape(n.shapeInfo.logicalShape);return e<2?`return ${t};`:`
    for (int i = 0; i < ${e}; i++) {
      if (i == index) {
        return ${t}[i];
      }
    }
  `}function GL(n,t){let e=n.name,o=e.charAt(0).toUpperCase()+e.slice(1),r="get"+o+"AtOutCoords",s=n.shapeInfo.logicalShape.length,i=t.logicalShape.length,u=T0(n.shapeInfo.logicalShape,t.logicalShape),l=be(i),a=i-s,c,p=["x","y","z","w","u","v"];s===0?c="":i<2&&u.length>=1?c="coords = 0;":c=u.map(y=>`coords.${p[y+a]} = 0;`).join(`
`);let d="";i<2&&s>0?d="coords":d=n.shapeInfo.logicalShape.map((y,C)=>`coords.${p[C+a]}`).join(", ");let m="return outputValue;",h=b.sizeFromShape(n.shapeInfo.logicalShape)===1,x=b.sizeFromShape(t.logicalShape)===1;if(s===1&&!h&&!x)m=`
      return vec4(outputValue.xy, outputValue.xy);
    `;else if(h&&!x)i===1?m=`
        return vec4(outputValue.x, outputValue.x, 0., 0.);
      `:m=`
        return vec4(outputValue.x);
      `;else if(u.length){let y=s-2,C=s-1;u.indexOf(y)>-1&&u.indexOf(C)>-1?m="return vec4(outputValue.x);":u.indexOf(y)>-1?m="return vec4(outputValue.x, outputValue.y, outputValue.x, outputValue.y);":u.indexOf(C)>-1&&(m="return vec4(outputValue.xx, outputValue.zz);")}return`
    vec4 ${r}() {
      ${l} coords = getOutputCoords();
      ${c}
      vec4 outputValue = get${o}(${d});
      ${m}
    }
  `}function HL(n,t){let e=n.name,o=e.charAt(0).toUpperCase()+e.slice(1),r="get"+o+"AtOutCoords",s=t.texShape,i=n.shapeInfo.texShape,u=n.shapeInfo.logicalShape.length,l=t.logicalShape.length;if(!n.shapeInfo.isUniform&&u===l&&n.shapeInfo.flatOffset==null&&b.arraysEqual(i,s))return`
      float ${r}() {
        return sampleTexture(${e}, resultUV);
      }
    `;let a=be(l),c=T0(n.shapeInfo.logicalShape,t.logicalShape),p=l-u,d,m=["x","y","z","w","u","v"];u===0?d="":l<2&&c.length>=1?d="coords = 0;":d=c.map(h=>`coords.${m[h+p]} = 0;`).join(`
`);let f="";return l<2&&u>0?f="coords":f=n.shapeInfo.logicalShape.map((h,g)=>`coords.${m[g+p]}`).join(", "),`
    float ${r}() {
      ${a} coords = getOutputCoords();
      ${d}
      return get${o}(${f});
    }
  `}function be(n){if(n<=1)return"int";if(n===2)return"ivec2";if(n===3)return"ivec3";if(n===4)return"ivec4";if(n===5)return"ivec5";if(n===6)return"ivec6";throw Error(`GPU for rank ${n} is not yet supported`)}function Hc(n,t,e){let{newShape:o,keptDims:r}=b.squeezeShape(t),s=t.length,i=n&&s===3&&t[0]===1,u=i?t.slice(1):o,l=!n&&s>1&&!b.arraysEqual(t,e)&&o.length<s||i;return{useSqueezeShape:l,uniformShape:l?u:t,keptDims:r}}function Wi(n,t){let e=JSON.parse(JSON.stringify(n));return e.shapeInfo.logicalShape=t,e}function Ui(n,t){return t.map(e=>n[e]).join(", ")}function F0(n,t,e,o){let r=e.map((c,p)=>{let d={logicalShape:c.shape,texShape:c.isUniform?null:c.texData.texShape,isUniform:c.isUniform,isPacked:c.isUniform?!1:c.texData.isPacked,flatOffset:null};return c.texData!=null&&c.texData.slice!=null&&c.texData.slice.flatOffset>0&&(d.flatOffset=c.texData.slice.flatOffset),{name:t.variableNames[p],shapeInfo:d}}),s=r.map(c=>c.shapeInfo),i={logicalShape:o.shape,texShape:o.texData.texShape,isUniform:!1,isPacked:o.texData.isPacked,flatOffset:null},u=N0(r,i,t),l=u0(n.gl,u),a=n.createProgram(l);return N().get("ENGINE_COMPILE_ONLY")?{program:t,fragmentShader:l,source:u,webGLProgram:a,inShapeInfos:s,outShapeInfo:i,variablesLocations:null,customUniformLocations:null,infLoc:null,nanLoc:null,outShapeLocation:null,outShapeStridesLocation:null,outTexShapeLocation:null}:(n.buildVao(a),Object.assign({program:t,fragmentShader:l,source:u,webGLProgram:a,inShapeInfos:s,outShapeInfo:i},gx(n,t,a)))}function gx(n,t,e){let o=[],r=[],s,i,u,l=null,a=null;a=n.getUniformLocation(e,"NAN",!1),N().getNumber("WEBGL_VERSION")===1&&(l=n.getUniformLocation(e,"INFINITY",!1));let c=!1;for(let p of t.variableNames){let d={name:p,uniform:n.getUniformLocation(e,p,c),offset:n.getUniformLocation(e,`offset${p}`,c)};t.enableShapeUniforms&&(d.shape=n.getUniformLocation(e,`${p}Shape`,c),d.texShape=n.getUniformLocation(e,`${p}TexShape`,c)),o.push(d)}if(t.enableShapeUniforms&&(s=n.getUniformLocation(e,"outShape",c),u=n.getUniformLocation(e,"outShapeStrides",c),i=n.getUniformLocation(e,"outTexShape",c)),t.customUniforms)for(let p of t.customUniforms)r.push(n.getUniformLocation(e,p.name,c));return{variablesLocations:o,customUniformLocations:r,infLoc:l,nanLoc:a,outShapeLocation:s,outShapeStridesLocation:u,outTexShapeLocation:i}}function E0(n,t){if(n.length!==t.length)throw Error(`Binary was compiled with ${n.length} inputs, but was executed with ${t.length} inputs`);n.forEach((e,o)=>{let r=e.logicalShape,s=t[o],i=s.shape;if(!b.arraysEqual(r,i))throw Error(`Binary was compiled with different shapes than the current args. Shapes ${r} and ${i} must match`);if(e.isUniform&&s.isUniform)return;let u=e.texShape,l=s.isUniform?null:s.texData.texShape;if(!b.arraysEqual(u,l))throw Error(`Binary was compiled with different texture shapes than the current args. Shape ${u} and ${l} must match`)})}function D0(n,t,e,o,r){t.program.enableShapeUniforms||(E0(t.inShapeInfos,e),E0([t.outShapeInfo],[o]));let s=o.texData.texture,i=o.texData.texShape;o.texData.isPacked?n.setOutputPackedMatrixTexture(s.texture,i[0],i[1]):n.setOutputMatrixTexture(s.texture,i[0],i[1]),n.setProgram(t.webGLProgram),n.bindVertexArray(t.webGLProgram.vao),N().getNumber("WEBGL_VERSION")===1&&t.infLoc!==null&&n.gl.uniform1f(t.infLoc,1/0),t.nanLoc!==null&&n.gl.uniform1f(t.nanLoc,NaN);for(let l=0;l<e.length;++l){let a=e[l],{uniform:c,offset:p,shape:d,texShape:m}=t.variablesLocations[l];if(d){let{uniformShape:f}=Hc(t.program.packedInputs,a.shape,a.texData.texShape);switch(f.length){case 1:n.gl.uniform1iv(d,new Int32Array(f));break;case 2:n.gl.uniform2iv(d,new Int32Array(f));break;case 3:n.gl.uniform3iv(d,new Int32Array(f));break;case 4:n.gl.uniform4iv(d,new Int32Array(f));break;default:break}}if(m&&n.gl.uniform2i(m,a.texData.texShape[0],a.texData.texShape[1]),c!=null){if(a.isUniform){if(b.sizeFromShape(a.shape)<2)n.gl.uniform1f(c,a.uniformValues[0]);else{let f=a.uniformValues;f instanceof Float32Array||(f=new Float32Array(f)),n.gl.uniform1fv(c,f)}continue}a.texData.slice!=null&&p!=null&&n.gl.uniform1i(p,a.texData.slice.flatOffset),n.setInputMatrixTexture(a.texData.texture.texture,c,l)}}let u=t.outShapeLocation;if(u)switch(o.shape.length){case 1:n.gl.uniform1iv(u,new Int32Array(o.shape));break;case 2:n.gl.uniform2iv(u,new Int32Array(o.shape));break;case 3:n.gl.uniform3iv(u,new Int32Array(o.shape));break;case 4:n.gl.uniform4iv(u,new Int32Array(o.shape));break;default:break}if(t.outShapeStridesLocation){let l=b.computeStrides(o.shape);switch(o.shape.length){case 2:n.gl.uniform1iv(t.outShapeStridesLocation,new Int32Array(l));break;case 3:n.gl.uniform2iv(t.outShapeStridesLocation,new Int32Array(l));break;case 4:n.gl.uniform3iv(t.outShapeStridesLocation,new Int32Array(l));break;default:break}}if(t.outTexShapeLocation&&n.gl.uniform2i(t.outTexShapeLocation,o.texData.texShape[0],o.texData.texShape[1]),t.program.customUniforms&&r)for(let l=0;l<t.program.customUniforms.length;++l){let a=t.program.customUniforms[l],c=t.customUniformLocations[l],p=r[l];if(a.type==="float")n.gl.uniform1fv(c,p);else if(a.type==="vec2")n.gl.uniform2fv(c,p);else if(a.type==="vec3")n.gl.uniform3fv(c,p);else if(a.type==="vec4")n.gl.uniform4fv(c,p);else if(a.type==="int")n.gl.uniform1iv(c,p);else if(a.type==="ivec2")n.gl.uniform2iv(c,p);else if(a.type==="ivec3")n.gl.uniform3iv(c,p);else if(a.type==="ivec4")n.gl.uniform4iv(c,p);else throw Error(`uniform type ${a.type} is not supported yet.`)}n.executeProgram()}function $0(n,t,e){let o="";t.concat(e).forEach(i=>{let u=i.texData!=null&&i.texData.slice!=null&&i.texData.slice.flatOffset>0;if(n.enableShapeUniforms&&!i.isUniform){let l=i.texData.texShape,{useSqueezeShape:a,uniformShape:c,keptDims:p}=Hc(n.packedInputs,i.shape,l),d="",m="",f="";if(c.length===1&&n.packedInputs){let S=[Math.ceil(l[0]/2),Math.ceil(l[1]/2)];d=`${S[0]>1}_${S[1]>1}`}else if(c.length===2&&!n.packedInputs)m=`${c[0]>1}_${c[1]>1}`;else if(c.length>2&&!n.packedInputs){let S=b.computeStrides(c);f=`${S[0]===l[1]}_${S[S.length-1]===l[1]}`}let h=i.shape.length,g=c.length===2&&b.arraysEqual(i.shape,l),x=b.sizeFromShape(i.shape)===1,y=I.getBroadcastDims(i.shape,e.shape),C=!n.packedInputs&&h===e.shape.length&&b.arraysEqual(l,e.texData.texShape),w=n.packedInputs||c.length>2?"":`${l[0]>1}_${l[1]>1}`;o+=`${h}_${C}_${a?p:""}_${c.length}_${x}_${y}_${g}_${d}_${m}_${f}_${w}_${u}`}else{let l=i.isUniform?"uniform":i.texData.texShape;o+=`${i.shape}_${l}_${u}`}});let r=n.userCode,s=n.constructor.name;return s+="_"+o+"_"+r+`${N().getNumber("WEBGL_VERSION")}`,s}function Le(n){return N().getBool("WEBGL_USE_SHAPES_UNIFORMS")&&n<=4}var qc=class{constructor(t){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outPackingScheme=Or.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let e=Xe();this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?Ys(["r","c","d"],t):Nn(["r","c","d"],t)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getA(rc.x, rc.y, rc.z);
        }

        ${e.output} = result;
      }
    `}};var Kc=class{constructor(t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outPackingScheme=Or.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let e=Xe();this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?Ys(["r","c","d"],t):Nn(["r","c","d"],t)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getChannel(getA(rc.x, rc.y, rc.z), vec2(rc.y, rc.z));
        }

        ${e.output} = result;
      }
    `}};var jc=class{constructor(t){this.variableNames=["A"],this.outTexUsage=St.DOWNLOAD;let e=Xe();this.outputShape=t,this.userCode=`
      ${Gc}

      void main() {
        float x = getAAtOutCoords();
        ${e.output} = encode_float(x);
      }
    `}};var Xc=class{constructor(t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outTexUsage=St.DOWNLOAD;let e=Xe();this.outputShape=t,this.userCode=`
      ${Gc}

      void main() {
        ivec3 coords = getOutputCoords();
        float x = getChannel(getAAtOutCoords(), vec2(coords.y, coords.z));
        ${e.output} = encode_float(x);
      }
    `}};var jL={R:0,G:1,B:2,A:3},Gu=class{constructor(t,e=!1,o="RGBA"){this.variableNames=["A"],this.customUniforms=[{name:"texShape",type:"ivec2"}];let r=Xe();this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length);let s="result";e&&(s="floor(result * 255. + 0.5)");let i="";for(let u=0;u<o.length;u++){let l=o[u];i+=`
          if(offset == ${u}) {
            result = values[${jL[l]}];
          }`}this.userCode=`
      ${this.enableShapeUniforms?Oi():Pi(t)}

      void main() {
        ivec3 coords = getOutputCoords();
        int flatIndex = getFlatIndex(coords);
        float result = 0.;
        int offset = imod(flatIndex, ${o.length});

        flatIndex = idiv(flatIndex, ${o.length}, 1.);

        int r = flatIndex / texShape[1];
        if (r < texShape[0]) {
          int c = imod(flatIndex, texShape[1]);
          vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
          vec4 values = ${r.texture2D}(A, uv);
          ${i}
        }
        ${r.output} = vec4(${s}, 0., 0., 0.);
      }
    `}};var Yc=class{constructor(t,e=!1){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.customUniforms=[{name:"texShape",type:"ivec2"}];let o=Xe();this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length);let r="",s="result";e&&(s="floor(result * 255. + 0.5)");for(let i=0;i<=1;i++)for(let u=0;u<=1;u++){let l=i*2+u;r+=`
          localCoords = coords;
          if(localCoords[2] + ${u} < ${this.enableShapeUniforms?"outShape[2]":`${t[2]}`}) {
          localCoords[2] += ${u};
          if (localCoords[1] + ${i} < ${this.enableShapeUniforms?"outShape[1]":`${t[1]}`}) {
            localCoords[1] += ${i};

            flatIndex = getFlatIndex(localCoords);
            offset = imod(flatIndex, 4);

            flatIndex = idiv(flatIndex, 4, 1.);

            int r = flatIndex / texShape[1];
            int c = imod(flatIndex, texShape[1]);
            vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
            values = ${o.texture2D}(A, uv);

            if (offset == 0) {
              result[${l}] = values[0];
            } else if (offset == 1) {
              result[${l}] = values[1];
            } else if (offset == 2) {
              result[${l}] = values[2];
            } else {
              result[${l}] = values[3];
            }
          }
        }
        `}this.userCode=`
        ${this.enableShapeUniforms?Oi():Pi(t)}

        void main() {
          ivec3 coords = getOutputCoords();

          vec4 result = vec4(0.);
          int flatIndex, r, c, offset;
          ivec3 localCoords;
          vec2 uv;
          vec4 values;

          ${r}

          ${o.output} = ${s};
        }
    `}};function M0(n){let t=Xe(),e=`${t.version}
    precision highp float;
    ${t.attribute} vec3 clipSpacePos;
    ${t.attribute} vec2 uv;
    ${t.varyingVs} vec2 resultUV;

    void main() {
      gl_Position = vec4(clipSpacePos, 1);
      resultUV = uv;
    }`;return i0(n,e)}function P0(n){let t=new Float32Array([-1,1,0,0,1,-1,-1,0,0,0,1,1,0,1,1,1,-1,0,1,0]);return p0(n,t)}function O0(n){let t=new Uint16Array([0,1,2,2,1,3]);return d0(n,t)}function Hu(n,t,e,o,r,s){f0(t,e);let i=m0(n),u=n.TEXTURE_2D;return ne(n,()=>n.bindTexture(u,i)),ne(n,()=>n.texParameteri(u,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE)),ne(n,()=>n.texParameteri(u,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)),ne(n,()=>n.texParameteri(u,n.TEXTURE_MIN_FILTER,n.NEAREST)),ne(n,()=>n.texParameteri(u,n.TEXTURE_MAG_FILTER,n.NEAREST)),N().getNumber("WEBGL_VERSION")===1?ne(n,()=>n.texImage2D(u,0,o,t,e,0,r,s,null)):ne(n,()=>n.texStorage2D(u,1,o,t,e)),ne(n,()=>n.bindTexture(n.TEXTURE_2D,null)),{texture:i,texShape:[e,t]}}function xx(n){return n.internalFormatFloat}function B0(n,t,e,o){let[r,s]=js(t,e);return Hu(n,r,s,xx(o),o.textureFormatFloat,n.FLOAT)}function bx(n){return n.internalFormatHalfFloat}function L0(n,t,e,o){let[r,s]=js(t,e);return Hu(n,r,s,bx(o),o.textureFormatFloat,o.textureTypeHalfFloat)}function yx(n){return n.downloadTextureFormat}function V0(n,t,e,o){let[r,s]=js(t,e);return Hu(n,r,s,yx(o),n.RGBA,n.UNSIGNED_BYTE)}function Cx(n){return n.internalFormatPackedFloat}function W0(n,t,e,o){let[r,s]=Un(t,e);return Hu(n,r,s,Cx(o),n.RGBA,n.FLOAT)}function Ix(n){return n.internalFormatPackedHalfFloat}function U0(n,t,e,o){let[r,s]=Un(t,e);return Hu(n,r,s,Ix(o),n.RGBA,o.textureTypeHalfFloat)}function z0(n,t,e){return ne(n,()=>n.bindBuffer(n.ARRAY_BUFFER,e)),mx(n,t,"clipSpacePos",e,3,20,0)&&mx(n,t,"uv",e,2,20,12)}function G0(n,t,e,o,r,s){ne(n,()=>n.bindTexture(n.TEXTURE_2D,t));let i,u,l;r instanceof Uint8Array?(i=new Uint8Array(e*o*4),u=n.UNSIGNED_BYTE,l=n.RGBA):(i=new Float32Array(e*o*4),u=n.FLOAT,l=s.internalFormatPackedFloat),i.set(r),N().getNumber("WEBGL_VERSION")===2?ne(n,()=>n.texSubImage2D(n.TEXTURE_2D,0,0,0,e,o,n.RGBA,u,i)):ne(n,()=>n.texImage2D(n.TEXTURE_2D,0,l,e,o,0,n.RGBA,u,i)),ne(n,()=>n.bindTexture(n.TEXTURE_2D,null))}function H0(n,t,e){ne(n,()=>n.bindTexture(n.TEXTURE_2D,t)),e.data instanceof Uint8Array?N().getNumber("WEBGL_VERSION")===2?ne(n,()=>n.texSubImage2D(n.TEXTURE_2D,0,0,0,e.width,e.height,n.RGBA,n.UNSIGNED_BYTE,e.data)):ne(n,()=>n.texImage2D(n.TEXTURE_2D,0,n.RGBA,e.width,e.height,0,n.RGBA,n.UNSIGNED_BYTE,e.data)):N().getNumber("WEBGL_VERSION")===2?ne(n,()=>n.texSubImage2D(n.TEXTURE_2D,0,0,0,n.RGBA,n.UNSIGNED_BYTE,e)):ne(n,()=>n.texImage2D(n.TEXTURE_2D,0,n.RGBA,n.RGBA,n.UNSIGNED_BYTE,e)),ne(n,()=>n.bindTexture(n.TEXTURE_2D,null))}function q0(n,t,e,o){let r=n.createBuffer();ne(n,()=>n.bindBuffer(n.PIXEL_PACK_BUFFER,r));let u=4*4*t*e;return ne(n,()=>n.bufferData(n.PIXEL_PACK_BUFFER,u,n.STREAM_READ)),ne(n,()=>n.readPixels(0,0,e,t,n.RGBA,n.FLOAT,0)),ne(n,()=>n.bindBuffer(n.PIXEL_PACK_BUFFER,null)),r}function K0(n,t,e){let o=n,r=new Float32Array(e);return o.bindBuffer(o.PIXEL_PACK_BUFFER,t),o.getBufferSubData(o.PIXEL_PACK_BUFFER,0,r),o.bindBuffer(o.PIXEL_PACK_BUFFER,null),r}function j0(n,t,e,o){let[r,s]=js(t,e),i=4,u=new Uint8Array(o0(t*e,i));return ne(n,()=>n.readPixels(0,0,r,s,o.downloadTextureFormat,n.UNSIGNED_BYTE,u)),new Float32Array(u.buffer)}function X0(n,t,e,o,r,s,i,u){let l=n,a=new Float32Array(s0(s,i));return l.bindBuffer(l.PIXEL_PACK_BUFFER,t),l.getBufferSubData(l.PIXEL_PACK_BUFFER,0,a),l.bindBuffer(l.PIXEL_PACK_BUFFER,null),a}function Y0(n,t,e){let o=new Float32Array(t*e*4);return ne(n,()=>n.readPixels(0,0,e,t,n.RGBA,n.FLOAT,o)),o}var zi=class{constructor(t){this.outputTexture=null,this.program=null,this.disposed=!1,this.itemsToPoll=[];let e=N().getNumber("WEBGL_VERSION");if(t!=null?(this.gl=t,r0(e,t)):this.gl=Zt(e),t=this.gl,N().getNumber("WEBGL_VERSION")===2){let s=t;this.createVertexArray=()=>ne(s,()=>s.createVertexArray()),this.bindVertexArray=i=>ne(s,()=>s.bindVertexArray(i)),this.deleteVertexArray=i=>ne(s,()=>s.deleteVertexArray(i)),this.getVertexArray=()=>ne(s,()=>s.getParameter(s.VERTEX_ARRAY_BINDING))}else if(t!=null){let s=t.getExtension("OES_vertex_array_object");if(s==null)throw new Error("All WebGL1 implementations are expected to offer OES_vertex_array_object.");this.createVertexArray=()=>ne(t,()=>s.createVertexArrayOES()),this.bindVertexArray=i=>ne(t,()=>s.bindVertexArrayOES(i)),this.deleteVertexArray=i=>ne(t,()=>s.deleteVertexArrayOES(i)),this.getVertexArray=()=>ne(t,()=>t.getParameter(s.VERTEX_ARRAY_BINDING_OES))}let o="WEBGL_color_buffer_float",r="EXT_color_buffer_half_float";if(this.parallelCompilationExtension=this.gl.getExtension("KHR_parallel_shader_compile"),N().getNumber("WEBGL_VERSION")===1){let s="OES_texture_float",i="OES_texture_half_float";if(this.textureFloatExtension=Wu(this.gl,s),ln(this.gl,i))this.textureHalfFloatExtension=Wu(this.gl,i);else if(N().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support half float textures, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.");if(this.colorBufferFloatExtension=this.gl.getExtension(o),ln(this.gl,r))this.colorBufferHalfFloatExtension=Wu(this.gl,r);else if(N().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support color renderable half floats, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.")}else if(o="EXT_color_buffer_float",ln(this.gl,o))this.colorBufferFloatExtension=this.gl.getExtension(o);else if(ln(this.gl,r))this.colorBufferHalfFloatExtension=this.gl.getExtension(r);else throw new Error("GL context does not support color renderable floats");this.vertexBuffer=P0(this.gl),this.indexBuffer=O0(this.gl),this.framebuffer=h0(this.gl),this.textureConfig=Vu(this.gl,this.textureHalfFloatExtension)}get debug(){return N().getBool("DEBUG")}dispose(){if(this.disposed)return;this.program!=null&&console.warn("Disposing a GPGPUContext that still has a bound WebGLProgram. This is probably a resource leak, delete the program with GPGPUContext.deleteProgram before disposing."),this.outputTexture!=null&&console.warn("Disposing a GPGPUContext that still has a bound output matrix texture.  This is probably a resource leak, delete the output matrix texture with GPGPUContext.deleteMatrixTexture before disposing.");let t=this.gl;ne(t,()=>t.finish()),ne(t,()=>t.bindFramebuffer(t.FRAMEBUFFER,null)),ne(t,()=>t.deleteFramebuffer(this.framebuffer)),ne(t,()=>t.bindBuffer(t.ARRAY_BUFFER,null)),ne(t,()=>t.bindBuffer(t.ELEMENT_ARRAY_BUFFER,null)),ne(t,()=>t.deleteBuffer(this.indexBuffer)),this.disposed=!0}createFloat32MatrixTexture(t,e){return this.throwIfDisposed(),B0(this.gl,t,e,this.textureConfig)}createFloat16MatrixTexture(t,e){return this.throwIfDisposed(),L0(this.gl,t,e,this.textureConfig)}createUnsignedBytesMatrixTexture(t,e){return this.throwIfDisposed(),V0(this.gl,t,e,this.textureConfig)}uploadPixelDataToTexture(t,e){this.throwIfDisposed(),H0(this.gl,t,e)}uploadDenseMatrixToTexture(t,e,o,r){this.throwIfDisposed(),G0(this.gl,t,e,o,r,this.textureConfig)}createFloat16PackedMatrixTexture(t,e){return this.throwIfDisposed(),U0(this.gl,t,e,this.textureConfig)}createPackedMatrixTexture(t,e){return this.throwIfDisposed(),W0(this.gl,t,e,this.textureConfig)}deleteMatrixTexture(t){this.throwIfDisposed(),this.outputTexture===t&&(fx(this.gl,this.framebuffer),this.outputTexture=null),ne(this.gl,()=>this.gl.deleteTexture(t))}downloadByteEncodedFloatMatrixFromOutputTexture(t,e,o){return this.downloadMatrixDriver(t,()=>j0(this.gl,e,o,this.textureConfig))}downloadPackedMatrixFromBuffer(t,e,o,r,s,i){return X0(this.gl,t,e,o,r,s,i,this.textureConfig)}downloadFloat32MatrixFromBuffer(t,e){return K0(this.gl,t,e)}createBufferFromTexture(t,e,o){this.bindTextureToFrameBuffer(t);let r=q0(this.gl,e,o,this.textureConfig);return this.unbindTextureToFrameBuffer(),r}createAndWaitForFence(){let t=this.createFence(this.gl);return this.pollFence(t)}createFence(t){let e,o;if(N().getBool("WEBGL_FENCE_API_ENABLED")){let r=t,s=r.fenceSync(r.SYNC_GPU_COMMANDS_COMPLETE,0);t.flush(),o=()=>{let i=r.clientWaitSync(s,0,0);return i===r.ALREADY_SIGNALED||i===r.CONDITION_SATISFIED},e=s}else N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0?(e=this.beginQuery(),this.endQuery(),o=()=>this.isQueryAvailable(e,N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))):o=()=>!0;return{query:e,isFencePassed:o}}downloadMatrixFromPackedTexture(t,e,o){return this.downloadMatrixDriver(t,()=>Y0(this.gl,e,o))}createProgram(t){this.throwIfDisposed();let e=this.gl;this.vertexShader==null&&(this.vertexShader=M0(e));let o=l0(e);ne(e,()=>e.attachShader(o,this.vertexShader)),ne(e,()=>e.attachShader(o,t)),c0(e,o);let r=Object.assign(o,{vao:this.createVertexArray()});return this.debug&&Wc(e,r),r}buildVao(t){this.setProgram(t),this.bindVertexArray(t.vao);let e=this.gl;ne(e,()=>e.bindBuffer(e.ELEMENT_ARRAY_BUFFER,this.indexBuffer)),z0(e,t,this.vertexBuffer)}deleteProgram(t){this.throwIfDisposed(),t===this.program&&(this.program=null),t!=null&&(ne(this.gl,()=>this.gl.deleteProgram(t)),this.deleteVertexArray(t.vao))}setProgram(t){this.throwIfDisposed(),this.program=t,this.program!=null&&this.debug&&Wc(this.gl,this.program),ne(this.gl,()=>this.gl.useProgram(t))}getUniformLocation(t,e,o=!0){return this.throwIfDisposed(),o?g0(this.gl,t,e):x0(this.gl,t,e)}getAttributeLocation(t,e){return this.throwIfDisposed(),ne(this.gl,()=>this.gl.getAttribLocation(t,e))}getUniformLocationNoThrow(t,e){return this.throwIfDisposed(),this.gl.getUniformLocation(t,e)}setInputMatrixTexture(t,e,o){this.throwIfDisposed(),this.throwIfNoProgram(),b0(this.gl,t,e,o)}setOutputMatrixTexture(t,e,o){this.setOutputMatrixTextureDriver(t,o,e)}setOutputPackedMatrixTexture(t,e,o){this.throwIfDisposed();let[r,s]=Un(e,o);this.setOutputMatrixTextureDriver(t,r,s)}setOutputMatrixWriteRegion(t,e,o,r){this.setOutputMatrixWriteRegionDriver(o,t,r,e)}setOutputPackedMatrixWriteRegion(t,e,o,r){throw new Error("setOutputPackedMatrixWriteRegion not implemented.")}debugValidate(){this.program!=null&&Wc(this.gl,this.program),Uu(this.gl)}executeProgram(){this.throwIfDisposed(),this.throwIfNoProgram();let t=this.gl;if(this.debug){let e=this.getVertexArray();console.assert(e===this.program.vao,"VAO changed between setProgram and executeProgram!"),this.debugValidate()}ne(t,()=>t.drawElements(t.TRIANGLES,6,t.UNSIGNED_SHORT,0))}blockUntilAllProgramsCompleted(){this.throwIfDisposed(),ne(this.gl,()=>this.gl.finish())}getQueryTimerExtension(){return this.disjointQueryTimerExtension==null&&(this.disjointQueryTimerExtension=Wu(this.gl,N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2?"EXT_disjoint_timer_query_webgl2":"EXT_disjoint_timer_query")),this.disjointQueryTimerExtension}getQueryTimerExtensionWebGL2(){return this.getQueryTimerExtension()}getQueryTimerExtensionWebGL1(){return this.getQueryTimerExtension()}beginQuery(){if(N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let o=this.gl,r=this.getQueryTimerExtensionWebGL2(),s=o.createQuery();return o.beginQuery(r.TIME_ELAPSED_EXT,s),s}let t=this.getQueryTimerExtensionWebGL1(),e=t.createQueryEXT();return t.beginQueryEXT(t.TIME_ELAPSED_EXT,e),e}endQuery(){if(N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let e=this.gl,o=this.getQueryTimerExtensionWebGL2();e.endQuery(o.TIME_ELAPSED_EXT);return}let t=this.getQueryTimerExtensionWebGL1();t.endQueryEXT(t.TIME_ELAPSED_EXT)}async waitForQueryAndGetTime(t){return await b.repeatedTry(()=>this.disposed||this.isQueryAvailable(t,N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))),this.getQueryTime(t,N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))}getQueryTime(t,e){if(e===0)return null;if(e===2){let o=this.gl;return o.getQueryParameter(t,o.QUERY_RESULT)/1e6}else{let o=this.getQueryTimerExtensionWebGL1();return o.getQueryObjectEXT(t,o.QUERY_RESULT_EXT)/1e6}}isQueryAvailable(t,e){if(e===0)return!0;if(e===2){let o=this.gl,r=this.getQueryTimerExtensionWebGL2(),s=o.getQueryParameter(t,o.QUERY_RESULT_AVAILABLE);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(r.GPU_DISJOINT_EXT)),s&&!this.disjoint}else{let o=this.getQueryTimerExtensionWebGL1(),r=o.getQueryObjectEXT(t,o.QUERY_RESULT_AVAILABLE_EXT);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(o.GPU_DISJOINT_EXT)),r&&!this.disjoint}}pollFence(t){return new Promise(e=>{this.addItemToPoll(()=>t.isFencePassed(),()=>e())})}pollItems(){let t=YL(this.itemsToPoll.map(e=>e.isDoneFn));for(let e=0;e<=t;++e){let{resolveFn:o}=this.itemsToPoll[e];o()}this.itemsToPoll=this.itemsToPoll.slice(t+1)}addItemToPoll(t,e){if(this.itemsToPoll.push({isDoneFn:t,resolveFn:e}),this.itemsToPoll.length>1)return;let o;"setTimeoutCustom"in N().platform&&(o=N().platform.setTimeoutCustom.bind(N().platform)),b.repeatedTry(()=>(this.pollItems(),this.itemsToPoll.length===0),()=>0,null,o)}bindTextureToFrameBuffer(t){this.throwIfDisposed(),Uc(this.gl,t,this.framebuffer),this.debug&&Uu(this.gl)}unbindTextureToFrameBuffer(){this.outputTexture!=null?(Uc(this.gl,this.outputTexture,this.framebuffer),this.debug&&Uu(this.gl)):fx(this.gl,this.framebuffer)}downloadMatrixDriver(t,e){this.bindTextureToFrameBuffer(t);let o=e();return this.unbindTextureToFrameBuffer(),o}setOutputMatrixTextureDriver(t,e,o){this.throwIfDisposed();let r=this.gl;Uc(r,t,this.framebuffer),this.debug&&Uu(r),this.outputTexture=t,ne(r,()=>r.viewport(0,0,e,o)),ne(r,()=>r.scissor(0,0,e,o))}setOutputMatrixWriteRegionDriver(t,e,o,r){this.throwIfDisposed(),ne(this.gl,()=>this.gl.scissor(t,e,o,r))}throwIfDisposed(){if(this.disposed)throw new Error("Attempted to use disposed GPGPUContext.")}throwIfNoProgram(){if(this.program==null)throw new Error("No GPU program is currently set.")}};function YL(n){let t=0;for(;t<n.length&&n[t]();++t);return t-1}var{addImpl:Z0,bincountImpl:Zc,bincountReduceImpl:Q0,bitwiseAndImpl:J0,castImpl:ev,ceilImpl:tv,concatImpl:nv,equalImpl:rv,expImpl:ov,expm1Impl:sv,floorImpl:av,gatherNdImpl:iv,gatherV2Impl:uv,greaterImpl:lv,greaterEqualImpl:cv,lessImpl:pv,lessEqualImpl:dv,linSpaceImpl:mv,logImpl:fv,maxImpl:hv,maximumImpl:gv,minimumImpl:xv,multiplyImpl:bv,negImpl:yv,notEqualImpl:Cv,prodImpl:Iv,raggedGatherImpl:wv,raggedRangeImpl:Sv,raggedTensorToTensorImpl:vv,rangeImpl:kv,rsqrtImpl:_v,scatterImpl:Tv,sigmoidImpl:Nv,simpleAbsImpl:Qc,sliceImpl:Rv,sparseFillEmptyRowsImpl:Av,sparseReshapeImpl:Ev,sparseSegmentReductionImpl:Jc,sqrtImpl:Fv,staticRegexReplaceImpl:Dv,stridedSliceImpl:$v,stringNGramsImpl:Mv,stringSplitImpl:Pv,stringToHashBucketFastImpl:Ov,subImpl:Bv,tileImpl:Lv,topKImpl:Vv,transposeImpl:Qs,uniqueImpl:Wv}=jg;function wx(n,t){return["x","y","z","w","u","v"].slice(0,t).map(e=>`${n}.${e}`)}function nt(n,t){return t===1?[n]:wx(n,t)}function Uv(n,t){if(n===1)return"rc";let e="";for(let o=0;o<n;o++)e+=t[o],o<n-1&&(e+=",");return e}var ep=class{constructor(t){if(this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outputShape=t,this.rank=t.length,this.enableShapeUniforms=Le(this.outputShape.length),this.rank===0)this.userCode=`
        void main() {
          setOutput(vec4(getA(), 0., 0., 0.));
        }
      `;else{let e=nt("rc",this.rank),o=be(this.rank),r=this.getOutOfBoundsCondition(e),s=this.getSetup(e),i=this.getOutput(e);this.userCode=`
        void main() {
          ${o} rc = getOutputCoords();

          if(${r}) {
            setOutput(vec4(0));
          } else {
            ${s}

            setOutput(vec4(${i}));
          }
        }
      `}}getSourceCoordsArr(t){let e=[];for(let o=0;o<=1;o++)for(let r=0;r<=1;r++){let s=`${o===0?"r":"rp1"}, ${r===0?"c":"cp1"}`;for(let i=2;i<this.rank;i++)s=`${t[t.length-1-i]},`+s;e.push(s)}return e}getOutOfBoundsCondition(t){if(this.rank===1)return`rc > ${this.enableShapeUniforms?"outShape":this.outputShape[0]}`;let e="";for(let o=this.rank-2;o<this.rank;o++)e+=`${t[o]} >= ${this.enableShapeUniforms?`outShape[${o}]`:this.outputShape[o]}`,o<this.rank-1&&(e+="||");return e}getSetup(t){if(this.rank===1)return"";let e=t.slice(-2),o=this.enableShapeUniforms?`outShape[${this.rank} - 1]`:this.outputShape[this.rank-1],r=this.enableShapeUniforms?`outShape[${this.rank} - 2]`:this.outputShape[this.rank-2];return`
      int r = ${e[0]};
      int c = ${e[1]};
      int rp1 = r + 1;
      int cp1 = c + 1;

      bool cEdge = cp1 >= ${o};
      bool rEdge = rp1 >= ${r};
    `}getOutput(t){let e=this.getSourceCoordsArr(t);return this.rank===1?`getA(rc), (rc + 1 >= ${this.enableShapeUniforms?"outShape":this.outputShape[0]} ? 0. : getA(rc + 1)), 0, 0`:`getA(${e[0]}),
            cEdge ? 0. : getA(${e[1]}),
            rEdge ? 0. : getA(${e[2]}),
            rEdge || cEdge ? 0. : getA(${e[3]})`}};var Gi=class{constructor(t,e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec3"}],this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length);let o="";for(let r=0;r<4;r++){let s="thisRC = rc;";r%2===1&&(s+="thisRC.z += 1;"),r>1&&(s+="thisRC.y += 1;"),o+=`
        ${s}
        ${r>0?"if(thisRC.y < rows && thisRC.z < cols){":""}
          int flatIndex = getFlatIndex(thisRC);

          ivec3 inputRC = inputCoordsFromReshapedOutCoords(flatIndex);
          vec2 inputRCInnerDims = vec2(float(inputRC.y),float(inputRC.z));

          result[${r}] =
            getChannel(getA(inputRC.x, inputRC.y, inputRC.z), inputRCInnerDims);
        ${r>0?"}":""}
      `}this.userCode=`
      ${ZL(e,this.enableShapeUniforms)}
      ${this.enableShapeUniforms?Oi():Pi(t)}

      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0.);

        ivec3 thisRC;
        int rows = ${this.enableShapeUniforms?"outShape[1]":t[1]};
        int cols = ${this.enableShapeUniforms?"outShape[2]":t[2]};

        ${o}

        setOutput(result);
      }
    `}};function ZL(n,t){return`
    ivec3 inputCoordsFromReshapedOutCoords(int index) {
      ${t?_0(["r","c","d"],"inputShape"):Nn(["r","c","d"],n)}
      return ivec3(r, c, d);
    }
  `}var tp=class{constructor(t){this.gpgpu=t,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0,this.freeTextures={},this.usedTextures={},this.logEnabled=!1}acquireTexture(t,e,o){let r=Gv(e,o),s=Hv(t,r,o);s in this.freeTextures||(this.freeTextures[s]=[]),s in this.usedTextures||(this.usedTextures[s]=[]);let i=zv(t,r,this.gpgpu.gl,this.gpgpu.textureConfig,o);if(this.freeTextures[s].length>0){this.numFreeTextures--,this.numUsedTextures++,this._numBytesFree-=i,this.log();let l=this.freeTextures[s].pop();return this.usedTextures[s].push(l),l}let u;return r===gt.PACKED_2X2_FLOAT32?u=this.gpgpu.createPackedMatrixTexture(t[0],t[1]):r===gt.PACKED_2X2_FLOAT16?u=this.gpgpu.createFloat16PackedMatrixTexture(t[0],t[1]):r===gt.UNPACKED_FLOAT32?u=this.gpgpu.createFloat32MatrixTexture(t[0],t[1]):r===gt.UNPACKED_FLOAT16?u=this.gpgpu.createFloat16MatrixTexture(t[0],t[1]):r===gt.PACKED_4X1_UNSIGNED_BYTE&&(u=this.gpgpu.createUnsignedBytesMatrixTexture(t[0],t[1])),this.usedTextures[s].push(u),this.numUsedTextures++,this._numBytesAllocated+=i,this.log(),u}releaseTexture(t,e,o,r){if(this.freeTextures==null)return;let s=Gv(o,r),i=Hv(e,s,r);i in this.freeTextures||(this.freeTextures[i]=[]);let u=zv(e,s,this.gpgpu.gl,this.gpgpu.textureConfig,r),l=N().getNumber("WEBGL_DELETE_TEXTURE_THRESHOLD");l!==-1&&this._numBytesAllocated>l?(this.gpgpu.deleteMatrixTexture(t.texture),this._numBytesAllocated-=u):(this.freeTextures[i].push(t),this.numFreeTextures++,this._numBytesFree+=u),this.numUsedTextures--;let a=this.usedTextures[i],c=a&&a.indexOf(t);if(c==null||c<0)throw new Error("Cannot release a texture that was never provided by this texture manager");a[c]=a[a.length-1],a.pop(),this.log()}log(){if(!this.logEnabled)return;let t=this.numFreeTextures+this.numUsedTextures;console.log("Free/Used",`${this.numFreeTextures} / ${this.numUsedTextures}`,`(${t})`);let e=this._numBytesFree/this._numBytesAllocated;console.log(`Bytes allocated: ${this._numBytesAllocated}`),console.log(`Bytes unused: ${this._numBytesFree} (${Math.round(100*e)}%)`)}get numBytesAllocated(){return this._numBytesAllocated}get numBytesFree(){return this._numBytesFree}getNumUsedTextures(){return this.numUsedTextures}getNumFreeTextures(){return this.numFreeTextures}dispose(){if(this.freeTextures!=null){for(let t in this.freeTextures)this.freeTextures[t].forEach(e=>{this.gpgpu.deleteMatrixTexture(e.texture)});for(let t in this.usedTextures)this.usedTextures[t].forEach(e=>{this.gpgpu.deleteMatrixTexture(e.texture)});this.freeTextures=null,this.usedTextures=null,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0}}};function QL(n,t){let e=n;if(t===e.R32F)return 4;if(t===e.R16F)return 2;if(t===e.RGBA32F)return 16;if(t===n.RGBA)return 16;if(t===e.RGBA16F)return 8;if(t===e.RGBA8)return 4;throw new Error(`Unknown internal format ${t}`)}function zv(n,t,e,o,r){let s=JL(t,o),i;if(r){let[l,a]=Un(n[0],n[1]);i=l*a}else{let[l,a]=js(n[0],n[1]);i=l*a}let u=QL(e,s);return i*u}function JL(n,t){switch(n){case gt.PACKED_2X2_FLOAT32:return Cx(t);case gt.PACKED_2X2_FLOAT16:return Ix(t);case gt.UNPACKED_FLOAT32:return xx(t);case gt.UNPACKED_FLOAT16:return bx(t);case gt.PACKED_4X1_UNSIGNED_BYTE:return yx(t);default:throw new Error(`Unknown physical texture type ${n}`)}}function e3(n){return N().getBool("WEBGL_RENDER_FLOAT32_ENABLED")?n?gt.PACKED_2X2_FLOAT32:gt.UNPACKED_FLOAT32:n?gt.PACKED_2X2_FLOAT16:gt.UNPACKED_FLOAT16}function Gv(n,t){if(n===St.UPLOAD)return gt.PACKED_2X2_FLOAT32;if(n===St.RENDER||n==null)return e3(t);if(n===St.DOWNLOAD||n===St.PIXELS)return gt.PACKED_4X1_UNSIGNED_BYTE;throw new Error(`Unknown logical texture type ${n}`)}function Hv(n,t,e){return`${n[0]}_${n[1]}_${t}_${e}`}var xt=class{constructor(t,e){this.variableNames=["A"],this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length),this.userCode=`
      float unaryOperation(float x) {
        ${e}
      }

      void main() {
        float x = getAAtOutCoords();
        float y = unaryOperation(x);

        setOutput(y);
      }
    `}},ut="if (isnan(x)) return x;",qv="return x;",Sx="return abs(x);";var Kv="return (x >= 0.0) ? x : (exp(x) - 1.0);",jv=ut+`
  return (x < 0.0) ? 0.0 : x;
`,Xv=ut+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,Gn="return x;",Yv="return 1.0 / (1.0 + exp(-1.0 * x));";var Qv="return x;",Jv=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,ek=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,tk=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,nk="return 1.0 / (1.0 + exp(-1.0 * x));",Lt=class{constructor(t,e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length),this.userCode=`
      vec4 unaryOperation(vec4 x) {
        ${e}
      }

      void main() {
        vec4 x = getAAtOutCoords();
        vec4 y = unaryOperation(x);

        setOutput(y);
      }
    `}};var np=class{constructor(t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length);let e=t.length,o=nt("rc",e),r=be(e),s=Uv(e,o),i=o.slice(-2),u=e<=1?"rc":`vec2(${i.join(",")})`;this.userCode=`
      void main() {
        ${r} rc = getOutputCoords();
        vec4 packedInput = getA(${s});

        setOutput(getChannel(packedInput, ${u}));
      }
    `}};var n3=It.whereImpl,r3=1e-7,o3=1e-4,rp={};function s3(n){return n in rp||(rp[n]={}),rp[n]}var a3=N().getNumber("CPU_HANDOFF_SIZE_THRESHOLD"),i3=600;function u3(){return N().global.screen==null?1024:N().global.screen.height*N().global.screen.width*window.devicePixelRatio*i3/1024/1024}var qu=class n extends In{nextDataId(){return n.nextDataId++}constructor(t){if(super(),this.pendingRead=new WeakMap,this.pendingDisposal=new WeakSet,this.dataRefCount=new WeakMap,this.numBytesInGPU=0,this.uploadWaitMs=0,this.downloadWaitMs=0,this.lastGlFlushTime=0,this.warnedAboutMemory=!1,this.pendingDeletes=0,this.disposed=!1,!N().getBool("HAS_WEBGL"))throw new Error("WebGL is not supported on this device");let e;if(t!=null){if(t instanceof zi)e=t;else{let o=Zt(N().getNumber("WEBGL_VERSION"),t);e=new zi(o)}this.binaryCache={},this.gpgpuCreatedLocally=!1}else{let o=Zt(N().getNumber("WEBGL_VERSION"));e=new zi(o),this.binaryCache=s3(N().getNumber("WEBGL_VERSION")),this.gpgpuCreatedLocally=!0}this.gpgpu=e,this.canvas=this.gpgpu.gl.canvas,this.textureManager=new tp(this.gpgpu),this.numMBBeforeWarning=u3(),this.texData=new Yn(this,Xt())}numDataIds(){return this.texData.numDataIds()-this.pendingDeletes}writeTexture(t,e,o,r,s,i){let u=this.makeTensorInfo(e,o),l=this.texData.get(u.dataId);l.isPacked=!1,l.texture={texture:t,texShape:[r,s]},l.texShape=[r,s];let a=zu(e),c=new Gu(a,!1,i),p=this.runWebGLProgram(c,[u],o,[[r,s]]);return p.shape=e,l.texture=null,this.disposeIntermediateTensorInfo(u),p.dataId}write(t,e,o){if((N().getBool("WEBGL_CHECK_NUMERICAL_PROBLEMS")||N().getBool("DEBUG"))&&this.checkNumericalProblems(t),o==="complex64"&&t!=null)throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");let r={id:this.nextDataId()};return this.texData.set(r,{shape:e,dtype:o,values:t,usage:St.UPLOAD,refCount:1}),r}refCount(t){return this.texData.has(t)?this.texData.get(t).refCount:0}incRef(t){let e=this.texData.get(t);e.refCount++}decRef(t){if(this.texData.has(t)){let e=this.texData.get(t);e.refCount--}}move(t,e,o,r,s){if(N().getBool("DEBUG")&&this.checkNumericalProblems(e),r==="complex64")throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");this.texData.set(t,{shape:o,dtype:r,values:e,usage:St.UPLOAD,refCount:s})}disposeIntermediateTensorInfo(t){this.disposeData(t.dataId)}readSync(t){let e=this.texData.get(t),{values:o,dtype:r,complexTensorInfos:s,slice:i,shape:u,isPacked:l}=e;if(i!=null){let d;l?d=new Lt(u,Gn):d=new xt(u,Gn);let m=this.runWebGLProgram(d,[{dataId:t,shape:u,dtype:r}],r),f=this.readSync(m.dataId);return this.disposeIntermediateTensorInfo(m),f}if(o!=null)return this.convertAndCacheOnCPU(t);if(r==="string")return o;let a=this.activeTimers!=null,c;a&&(c=b.now());let p;if(r==="complex64"){let d=this.readSync(s.real.dataId),m=this.readSync(s.imag.dataId);p=I.mergeRealAndImagArrays(d,m)}else p=this.getValuesFromTexture(t);return a&&(this.downloadWaitMs+=b.now()-c),this.convertAndCacheOnCPU(t,p)}async read(t){if(this.pendingRead.has(t)){let f=this.pendingRead.get(t);return new Promise(h=>f.push(h))}let e=this.texData.get(t),{values:o,shape:r,slice:s,dtype:i,complexTensorInfos:u,isPacked:l}=e;if(s!=null){let f;l?f=new Lt(r,Gn):f=new xt(r,Gn);let h=this.runWebGLProgram(f,[{dataId:t,shape:r,dtype:i}],i),g=this.read(h.dataId);return this.disposeIntermediateTensorInfo(h),g}if(o!=null)return this.convertAndCacheOnCPU(t);if(N().getBool("DEBUG")&&!N().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")&&N().getNumber("WEBGL_VERSION")===2)throw new Error("tensor.data() with WEBGL_DOWNLOAD_FLOAT_ENABLED=false and WEBGL_VERSION=2 not yet supported.");let a=null,c;if(i!=="complex64"&&N().get("WEBGL_BUFFER_SUPPORTED")){c=this.decode(t);let f=this.texData.get(c.dataId);a=this.gpgpu.createBufferFromTexture(f.texture.texture,...Lu(r))}this.pendingRead.set(t,[]),i!=="complex64"&&await this.gpgpu.createAndWaitForFence();let p;if(i==="complex64"){let f=await Promise.all([this.read(u.real.dataId),this.read(u.imag.dataId)]),h=f[0],g=f[1];p=I.mergeRealAndImagArrays(h,g)}else if(a==null)p=this.getValuesFromTexture(t);else{let f=b.sizeFromShape(r);p=this.gpgpu.downloadFloat32MatrixFromBuffer(a,f)}if(c!=null&&this.disposeIntermediateTensorInfo(c),a!=null){let f=this.gpgpu.gl;ne(f,()=>f.deleteBuffer(a))}let d=this.convertAndCacheOnCPU(t,p),m=this.pendingRead.get(t);return this.pendingRead.delete(t),m.forEach(f=>f(d)),this.pendingDisposal.has(t)&&(this.pendingDisposal.delete(t),this.disposeData(t)&&Xt().removeDataId(t,this),this.pendingDeletes--),d}readToGPU(t,e={}){let o=this.texData.get(t),{values:r,shape:s,slice:i,dtype:u,isPacked:l,texture:a}=o;if(u==="complex64")throw new Error("Does not support reading texture for complex64 dtype.");if(i!=null){let m;l?m=new Lt(s,Gn):m=new xt(s,Gn);let f=this.runWebGLProgram(m,[{dataId:t,shape:s,dtype:u}],u),h=this.readToGPU(f,e);return this.disposeIntermediateTensorInfo(f),h}if(a==null)throw r!=null?new Error("Data is not on GPU but on CPU."):new Error("There is no data on GPU or CPU.");let c=this.decode(t,e.customTexShape),p=Xt().makeTensorFromTensorInfo(c),d=this.texData.get(c.dataId);return Object.assign({tensorRef:p},d.texture)}bufferSync(t){let e=this.readSync(t.dataId);if(t.dtype==="string")try{let o=e.map(r=>b.decodeString(r));return ce(t.shape,t.dtype,o)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return ce(t.shape,t.dtype,e)}checkNumericalProblems(t){if(t!=null)for(let e=0;e<t.length;e++){let o=t[e];if(!a0(o))throw N().getBool("WEBGL_RENDER_FLOAT32_CAPABLE")?Error(`The value ${o} cannot be represented with your current settings. Consider enabling float32 rendering: 'tf.env().set('WEBGL_RENDER_FLOAT32_ENABLED', true);'`):Error(`The value ${o} cannot be represented on this device.`)}}getValuesFromTexture(t){let{shape:e,dtype:o,isPacked:r}=this.texData.get(t),s=b.sizeFromShape(e);if(N().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")){let d=this.decode(t),m=this.texData.get(d.dataId),f=this.gpgpu.downloadMatrixFromPackedTexture(m.texture.texture,...Lu(e)).subarray(0,s);return this.disposeIntermediateTensorInfo(d),f}let i=N().getBool("WEBGL_PACK")&&r===!0,u=i?zu(e):e,l=i?new Xc(u):new jc(u),a=this.runWebGLProgram(l,[{shape:u,dtype:o,dataId:t}],"float32"),c=this.texData.get(a.dataId),p=this.gpgpu.downloadByteEncodedFloatMatrixFromOutputTexture(c.texture.texture,c.texShape[0],c.texShape[1]).subarray(0,s);return this.disposeIntermediateTensorInfo(a),p}timerAvailable(){return N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0}time(t){let e=this.activeTimers,o=[],r=!1;this.programTimersStack==null?(this.programTimersStack=o,r=!0):this.activeTimers.push(o),this.activeTimers=o,t();let s=b.flatten(this.activeTimers.map(l=>l.query)).filter(l=>l!=null),i=b.flatten(this.activeTimers.map(l=>l.name)).filter(l=>l!=null);this.activeTimers=e,r&&(this.programTimersStack=null);let u={uploadWaitMs:this.uploadWaitMs,downloadWaitMs:this.downloadWaitMs,kernelMs:null,wallMs:null};return(async()=>{if(N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0){let l=await Promise.all(s);u.kernelMs=b.sum(l),u.getExtraProfileInfo=()=>l.map((a,c)=>({name:i[c],ms:a})).map(a=>`${a.name}: ${a.ms}`).join(", ")}else u.kernelMs={error:"WebGL query timers are not supported in this environment."};return this.uploadWaitMs=0,this.downloadWaitMs=0,u})()}memory(){return{unreliable:!1,numBytesInGPU:this.numBytesInGPU,numBytesInGPUAllocated:this.textureManager.numBytesAllocated,numBytesInGPUFree:this.textureManager.numBytesFree}}startTimer(){return N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?this.gpgpu.beginQuery():{startMs:b.now(),endMs:null}}endTimer(t){return N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?(this.gpgpu.endQuery(),t):(t.endMs=b.now(),t)}async getQueryTime(t){if(N().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0)return this.gpgpu.waitForQueryAndGetTime(t);let e=t;return e.endMs-e.startMs}disposeData(t,e=!1){if(this.pendingDisposal.has(t))return!1;if(!this.texData.has(t))return!0;if(e?this.texData.get(t).refCount=0:this.texData.get(t).refCount--,!e&&this.texData.get(t).refCount>0)return!1;if(this.pendingRead.has(t))return this.pendingDisposal.add(t),this.pendingDeletes++,!1;this.releaseGPUData(t);let{complexTensorInfos:o}=this.texData.get(t);return o!=null&&(this.disposeData(o.real.dataId,e),this.disposeData(o.imag.dataId,e)),this.texData.delete(t),!0}releaseGPUData(t){let{texture:e,dtype:o,texShape:r,usage:s,isPacked:i,slice:u}=this.texData.get(t),l=u&&u.origDataId||t,a=this.dataRefCount.get(l);a>1?this.dataRefCount.set(l,a-1):(this.dataRefCount.delete(l),e!=null&&(this.numBytesInGPU-=this.computeBytes(r,o),this.textureManager.releaseTexture(e,r,s,i)));let c=this.texData.get(t);c.texture=null,c.texShape=null,c.isPacked=!1,c.slice=null}getTexture(t){return this.uploadToGPU(t),this.texData.get(t).texture.texture}getDataInfo(t){return this.texData.get(t)}shouldExecuteOnCPU(t,e=a3){return N().getBool("WEBGL_CPU_FORWARD")&&t.every(o=>this.texData.get(o.dataId).texture==null&&b.sizeFromShape(o.shape)<e)}getGPGPUContext(){return this.gpgpu}where(t){I.warn("tf.where() in webgl locks the UI thread. Call tf.whereAsync() instead");let e=t.dataSync();return n3(t.shape,e)}packedUnaryOp(t,e,o){let r=new Lt(t.shape,e),s=this.compileAndRun(r,[t],o);return Xt().makeTensorFromTensorInfo(s)}abs(t){if(this.shouldExecuteOnCPU([t])&&t.dtype!=="complex64"){let r=Qc(this.texData.get(t.dataId).values);return this.makeOutput(t.shape,t.dtype,r)}if(N().getBool("WEBGL_PACK_UNARY_OPERATIONS"))return this.packedUnaryOp(t,Sx,t.dtype);let e=new xt(t.shape,Sx),o=this.compileAndRun(e,[t]);return Xt().makeTensorFromTensorInfo(o)}makeTensorInfo(t,e,o){let r;if(e==="string"&&o!=null&&o.length>0&&b.isString(o[0])){let s=o.map(i=>b.encodeString(i));r=this.write(s,t,e)}else r=this.write(o,t,e);return this.texData.get(r).usage=null,{dataId:r,shape:t,dtype:e}}makeOutput(t,e,o){return Xt().makeTensorFromTensorInfo(this.makeTensorInfo(t,e,o),this)}unpackTensor(t){let e=new np(t.shape);return this.runWebGLProgram(e,[t],t.dtype)}packTensor(t){let e=new ep(t.shape);return this.runWebGLProgram(e,[t],t.dtype,null,!0)}packedReshape(t,e){let o=[Br(t.shape),...Lr(t.shape)],r={dtype:t.dtype,shape:o,dataId:t.dataId},s=[Br(e),...Lr(e)],i=new Gi(s,o),u=!0,l=[o],a=this.runWebGLProgram(i,[r],t.dtype,l,u);return{dataId:a.dataId,shape:e,dtype:a.dtype}}decode(t,e){let o=this.texData.get(t),{isPacked:r,shape:s,dtype:i}=o;if(e!=null){let d=b.sizeFromShape(s),m=e[0]*e[1]*4;b.assert(d<=m,()=>"customTexShape is too small. Row * Column * 4 should be equal or larger than the size of the tensor data.")}let u=zu(s),l;r?l=new Kc(u):l=new qc(u);let a=!0,c=[e??Lu(u)],p=this.runWebGLProgram(l,[{shape:u,dtype:i,dataId:t}],i,c,a,e);return{dtype:i,shape:s,dataId:p.dataId}}runWebGLProgram(t,e,o,r,s=!1,i){let u=this.makeTensorInfo(t.outputShape,o),l=this.texData.get(u.dataId);if(t.packedOutput&&(l.isPacked=!0),t.outPackingScheme===Or.DENSE){let x=i??Lu(t.outputShape);l.texShape=x.map(y=>y*2)}if(t.outTexUsage!=null&&(l.usage=t.outTexUsage),b.sizeFromShape(u.shape)===0)return l.values=b.getTypedArrayFromDType(u.dtype,0),u;let a=[],c=e.map(x=>{if(x.dtype==="complex64")throw new Error("GPGPUProgram does not support complex64 input. For complex64 dtypes, please separate the program into real and imaginary parts.");let y=this.texData.get(x.dataId);if(y.texture==null){if(!t.packedInputs&&b.sizeFromShape(x.shape)<=N().getNumber("WEBGL_SIZE_UPLOAD_UNIFORM"))return{shape:x.shape,texData:null,isUniform:!0,uniformValues:y.values};t.packedInputs&&(y.isPacked=!0,y.shape=x.shape)}if(this.uploadToGPU(x.dataId),!!y.isPacked!=!!t.packedInputs)x=y.isPacked?this.unpackTensor(x):this.packTensor(x),a.push(x),y=this.texData.get(x.dataId);else if(y.isPacked&&!Xs(y.shape,x.shape)){let C=x,w=x.shape;x.shape=y.shape,x=this.packedReshape(x,w),a.push(x),y=this.texData.get(x.dataId),C.shape=w}return{shape:x.shape,texData:y,isUniform:!1}});this.uploadToGPU(u.dataId);let p={shape:u.shape,texData:l,isUniform:!1},d=$0(t,c,p),m=this.getAndSaveBinary(d,()=>F0(this.gpgpu,t,c,p)),f=this.activeTimers!=null,h;f&&(h=this.startTimer()),N().get("ENGINE_COMPILE_ONLY")||D0(this.gpgpu,m,c,p,r),a.forEach(x=>this.disposeIntermediateTensorInfo(x)),f&&(h=this.endTimer(h),this.activeTimers.push({name:t.constructor.name,query:this.getQueryTime(h)}));let g=N().getNumber("WEBGL_FLUSH_THRESHOLD");if(g>0){let x=b.now();x-this.lastGlFlushTime>g&&(this.gpgpu.gl.flush(),this.lastGlFlushTime=x)}if(!N().getBool("WEBGL_LAZILY_UNPACK")&&l.isPacked&&s===!1){let x=this.unpackTensor(u);return this.disposeIntermediateTensorInfo(u),x}return u}compileAndRun(t,e,o,r,s=!1){return o=o||e[0].dtype,this.runWebGLProgram(t,e,o,r,s)}getAndSaveBinary(t,e){return t in this.binaryCache||(this.binaryCache[t]=e()),this.binaryCache[t]}getTextureManager(){return this.textureManager}dispose(){this.disposed||(N().getBool("IS_TEST")||Object.keys(this.binaryCache).forEach(e=>{this.gpgpu.deleteProgram(this.binaryCache[e].webGLProgram),delete this.binaryCache[e]}),this.textureManager.dispose(),this.canvas!=null&&typeof HTMLCanvasElement<"u"&&this.canvas instanceof HTMLCanvasElement?this.canvas.remove():this.canvas=null,this.gpgpuCreatedLocally&&(this.gpgpu.program=null,this.gpgpu.dispose()),this.disposed=!0)}floatPrecision(){return this.floatPrecisionValue==null&&(this.floatPrecisionValue=Ve(()=>{if(!N().get("WEBGL_RENDER_FLOAT32_ENABLED")){let t=N().getBool("DEBUG");N().set("DEBUG",!1);let e=this.abs(Pt(1e-8)).dataSync()[0];if(N().set("DEBUG",t),e>0)return 32}return 16})),this.floatPrecisionValue}epsilon(){return this.floatPrecision()===32?r3:o3}uploadToGPU(t){let e=this.texData.get(t),{shape:o,dtype:r,values:s,texture:i,usage:u,isPacked:l}=e;if(i!=null)return;let a=this.activeTimers!=null,c;a&&(c=b.now());let p=e.texShape;if(p==null&&(p=y0(o,l),e.texShape=p),s!=null){let d=zu(o),m,f=p[1],h=p[0],g=s instanceof Uint8Array||s instanceof Uint8ClampedArray;(l||!g)&&([f,h]=Un(p[0],p[1])),l?m=new Yc(d,g):m=new Gu(d,g);let x=g?[h,f]:p,y=this.makeTensorInfo(x,r),C=this.texData.get(y.dataId);g?C.usage=St.PIXELS:C.usage=St.UPLOAD,C.texShape=x,this.gpgpu.uploadDenseMatrixToTexture(this.getTexture(y.dataId),f,h,s);let w=[[h,f]],v=this.runWebGLProgram(m,[y],r,w,!0),k=this.texData.get(v.dataId);e.texShape=k.texShape,e.isPacked=k.isPacked,e.usage=k.usage,N().get("ENGINE_COMPILE_ONLY")?this.disposeData(v.dataId):(e.texture=k.texture,e.values=null,this.texData.delete(v.dataId)),this.disposeIntermediateTensorInfo(y),a&&(this.uploadWaitMs+=b.now()-c)}else{let d=this.acquireTexture(p,u,r,l);e.texture=d}}convertAndCacheOnCPU(t,e){let o=this.texData.get(t),{dtype:r}=o;return e!=null&&(o.values=l3(e,r)),o.values}acquireTexture(t,e,o,r){if(this.numBytesInGPU+=this.computeBytes(t,o),!this.warnedAboutMemory&&this.numBytesInGPU>this.numMBBeforeWarning*1024*1024){let s=(this.numBytesInGPU/1024/1024).toFixed(2);this.warnedAboutMemory=!0,console.warn(`High memory usage in GPU: ${s} MB, most likely due to a memory leak`)}return this.textureManager.acquireTexture(t,e,r)}computeBytes(t,e){return t[0]*t[1]*b.bytesPerElement(e)}checkCompileCompletion(){for(let[,t]of Object.entries(this.binaryCache))this.checkCompletion_(t)}async checkCompileCompletionAsync(){let t=[];if(this.gpgpu.parallelCompilationExtension){for(let[,e]of Object.entries(this.binaryCache))t.push(this.checkCompletionAsync_(e));return Promise.all(t)}else{for(let[,e]of Object.entries(this.binaryCache)){let o=new Promise(r=>{try{this.checkCompletion_(e),r(!0)}catch(s){throw s}});t.push(o)}return Promise.all(t)}}async checkCompletionAsync_(t){return this.gpgpu.gl.getProgramParameter(t.webGLProgram,this.gpgpu.parallelCompilationExtension.COMPLETION_STATUS_KHR)?this.checkCompletion_(t):(await gg(),this.checkCompletionAsync_(t))}checkCompletion_(t){if(this.gpgpu.gl.getProgramParameter(t.webGLProgram,this.gpgpu.gl.LINK_STATUS)===!1)throw console.log(this.gpgpu.gl.getProgramInfoLog(t.webGLProgram)),this.gpgpu.gl.getShaderParameter(t.fragmentShader,this.gpgpu.gl.COMPILE_STATUS)===!1?(dx(t.source,this.gpgpu.gl.getShaderInfoLog(t.fragmentShader)),new Error("Failed to compile fragment shader.")):new Error("Failed to link vertex and fragment shaders.");return!0}getUniformLocations(){for(let t of Object.values(this.binaryCache)){this.gpgpu.buildVao(t.webGLProgram);let{variablesLocations:e,customUniformLocations:o,infLoc:r,nanLoc:s,outShapeLocation:i,outShapeStridesLocation:u,outTexShapeLocation:l}=gx(this.gpgpu,t.program,t.webGLProgram);t.variablesLocations=e,t.customUniformLocations=o,t.infLoc=r,t.nanLoc=s,t.outShapeLocation=i,t.outShapeStridesLocation=u,t.outTexShapeLocation=l}}createTensorFromGPUData(t,e,o){t.channels=t.channels||"RGBA";let{texture:r,height:s,width:i,channels:u}=t,l=Xt().backend;if(!l.gpgpu.gl.isTexture(r))throw new Error("The texture is invalid. Also, please make sure the texture and the TFJS WebGL backend are using the same canvas. If you want to use your own custom canvas, you have to create and use the custom TFJS WebGL backend created from the canvas through 'new tf.MathBackendWebGL(customCanvas)'.");let a=l.writeTexture(r,e,o,s,i,u);return Xt().makeTensorFromDataId(a,e,o,l)}};qu.nextDataId=0;function l3(n,t){if(t==="float32"||t==="complex64")return n;if(t==="int32"||t==="bool"){let e=t==="int32"?new Int32Array(n.length):new Uint8Array(n.length);for(let o=0;o<e.length;++o)e[o]=Math.round(n[o]);return e}else throw new Error(`Unknown dtype ${t}`)}$r.isBrowser()&&ci("webgl",()=>new qu,2);var Hi=`
  if (isnan(a)) return a;
  if (isnan(b)) return b;
`;var Vt=class{constructor(t,e,o){this.variableNames=["A","B"],this.outputShape=I.assertAndGetBroadcastShape(e,o),this.enableShapeUniforms=Le(this.outputShape.length),this.userCode=`
      float binaryOperation(float a, float b) {
        ${t}
      }

      void main() {
        float a = getAAtOutCoords();
        float b = getBAtOutCoords();
        setOutput(binaryOperation(a, b));
      }
    `}};var Jt=`
  result.r = isNaN.r ? NAN : result.r;
  result.g = isNaN.g ? NAN : result.g;
  result.b = isNaN.b ? NAN : result.b;
  result.a = isNaN.a ? NAN : result.a;
`;var Qt=class{constructor(t,e,o,r=!1){this.variableNames=["A","B"],this.supportsBroadcasting=!0,this.packedInputs=!0,this.packedOutput=!0,this.outputShape=I.assertAndGetBroadcastShape(e,o);let s=this.outputShape.length;this.enableShapeUniforms=Le(s);let i="";if(r)if(s===0||b.sizeFromShape(this.outputShape)===1)i=`
          result.y = 0.;
          result.z = 0.;
          result.w = 0.;
        `;else if(i=`
          ${be(s)} coords = getOutputCoords();
        `,s===1)this.enableShapeUniforms?i+=`
            result.y = (coords + 1) >= outShape ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `:i+=`
            result.y = (coords + 1) >= ${this.outputShape[0]} ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `;else{let l=nt("coords",s);this.enableShapeUniforms?i+=`
            bool nextRowOutOfBounds =
              (${l[s-2]} + 1) >= outShape[${s} - 2];
            bool nextColOutOfBounds =
              (${l[s-1]} + 1) >= outShape[${s} - 1];
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `:i+=`
            bool nextRowOutOfBounds =
              (${l[s-2]} + 1) >= ${this.outputShape[s-2]};
            bool nextColOutOfBounds =
              (${l[s-1]} + 1) >= ${this.outputShape[s-1]};
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `}this.userCode=`
      vec4 binaryOperation(vec4 a, vec4 b) {
        ${t}
      }

      void main() {
        vec4 a = getAAtOutCoords();
        vec4 b = getBAtOutCoords();

        vec4 result = binaryOperation(a, b);
        ${i}

        setOutput(result);
      }
    `}};function rt(n){let{inputs:t,backend:e}=n,{x:o}=t;return e.incRef(o.dataId),{dataId:o.dataId,shape:o.shape,dtype:o.dtype}}var rk={kernelName:Mn,backendName:"webgl",kernelFunc:rt};function Wt(n){let{inputs:t,backend:e}=n,{real:o,imag:r}=t,s=e.makeTensorInfo(o.shape,"complex64"),i=e.texData.get(s.dataId),u=rt({inputs:{x:o},backend:e}),l=rt({inputs:{x:r},backend:e});return i.complexTensorInfos={real:u,imag:l},s}var ok={kernelName:Ta,backendName:"webgl",kernelFunc:Wt};var vx="return (a < 0.) ? b * a : a;",kx=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function c3(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{alpha:s}=o,i=e.makeTensorInfo([],"float32",b.createScalarValue(s,"float32")),u=N().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new Qt(kx,r.shape,i.shape):new Vt(vx,r.shape,i.shape),l=e.runWebGLProgram(u,[r,i],"float32");return e.disposeIntermediateTensorInfo(i),l}var sk={kernelName:tr,backendName:"webgl",kernelFunc:c3};var _x="return (a < 0.) ? b * a : a;",Tx=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function p3(n){let{inputs:t,backend:e}=n,{x:o,alpha:r}=t,s=N().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new Qt(Tx,o.shape,r.shape):new Vt(_x,o.shape,r.shape);return e.runWebGLProgram(s,[o,r],"float32")}var ak={kernelName:sr,backendName:"webgl",kernelFunc:p3};var bn="if (isnan(x)) return x;";function se({opSnippet:n,packedOpSnippet:t,cpuKernelImpl:e,dtype:o}){return({inputs:r,backend:s})=>{let{x:i}=r,u=s,l=o||i.dtype;if(u.shouldExecuteOnCPU([i])&&e!=null){let p=u.texData.get(i.dataId),d=e(p.values,l);return u.makeTensorInfo(i.shape,l,d)}let a=N().getBool("WEBGL_PACK_UNARY_OPERATIONS")&&t!=null,c;return a?c=new Lt(i.shape,t):c=new xt(i.shape,n),u.runWebGLProgram(c,[i],l)}}function $e({opSnippet:n,packedOpSnippet:t,checkOutOfBounds:e=!1,supportsComplex:o=!1,cpuKernelImpl:r,dtype:s}){return({inputs:i,backend:u})=>{let{a:l,b:a}=i,c=u;if(o&&l.dtype==="complex64"){let f=c.texData.get(l.dataId),h=c.texData.get(a.dataId),[g,x]=[[f.complexTensorInfos.real,h.complexTensorInfos.real],[f.complexTensorInfos.imag,h.complexTensorInfos.imag]].map(C=>{let[w,S]=C,v={dataId:w.dataId,dtype:w.dtype,shape:l.shape},k={dataId:S.dataId,dtype:S.dtype,shape:a.shape},T=new Vt(n,l.shape,a.shape);return c.runWebGLProgram(T,[v,k],at(w.dtype,S.dtype))}),y=Wt({inputs:{real:g,imag:x},backend:c});return c.disposeIntermediateTensorInfo(g),c.disposeIntermediateTensorInfo(x),y}let p=s||at(l.dtype,a.dtype);if((l.dtype==="string"||a.dtype==="string"||c.shouldExecuteOnCPU([l,a]))&&r!=null){let f=c.texData.get(l.dataId).values,h=c.texData.get(a.dataId).values,g=l.dtype==="string"?I.fromUint8ToStringArray(f):f,x=l.dtype==="string"?I.fromUint8ToStringArray(h):h,[y,C]=r(l.shape,a.shape,g,x,p),w=c.makeTensorInfo(C,p),S=c.texData.get(w.dataId);return S.values=y,w}let d=N().getBool("WEBGL_PACK_BINARY_OPERATIONS")&&t!=null,m;return d?m=new Qt(t,l.shape,a.shape,e):m=new Vt(n,l.shape,a.shape),c.runWebGLProgram(m,[l,a],p)}}function Ir(n,t=!1){if(n==="linear")return t?Qv:qv;if(n==="relu")return t?ek:jv;if(n==="elu")return t?Jv:Kv;if(n==="relu6")return t?tk:Xv;if(n==="prelu")return t?Tx:_x;if(n==="leakyrelu")return t?kx:vx;if(n==="sigmoid")return t?nk:Yv;throw new Error(`Activation ${n} has not been implemented for the WebGL backend.`)}var qi=class{constructor(t,e,o,r=!1,s=!1,i=!1,u=null,l=!1,a=!1){this.variableNames=["matrixA","matrixB"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=o,this.enableShapeUniforms=Le(this.outputShape.length);let c=r?t[1]:t[2],p=Math.ceil(c/2),d=r?"i * 2, rc.y":"rc.y, i * 2",m=s?"rc.z, i * 2":"i * 2, rc.z",f=r?["a.xxyy","a.zzww"]:["a.xxzz","a.yyww"],h=s?["b.xzxz","b.ywyw"]:["b.xyxy","b.zwzw"],g="",x="";u&&(l?g=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${u}
        }`:a?g=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${u}
        }`:g=`vec4 activation(vec4 x) {
          ${u}
        }`,x="result = activation(result);");let y=i?"result += getBiasAtOutCoords();":"";i&&this.variableNames.push("bias"),l&&this.variableNames.push("preluActivationWeights"),a&&this.variableNames.push("leakyreluAlpha");let C="rc.x",w="rc.x";t[0]<e[0]?C=`imod(rc.x, ${t[0]})`:e[0]<t[0]&&(w=`imod(rc.x, ${e[0]})`),this.userCode=`
      ${g}
      // Don't use uniform for sharedDimensionPacked for performance.
      const float sharedDimension = ${p}.0;

      vec4 dot2x2ARowBCol(ivec3 rc) {
        vec4 result = vec4(0);
        int batchA = ${C};
        int batchB = ${w};
        for (int i = 0; i < ${p}; i++) {
          vec4 a = getMatrixA(batchA, ${d});
          vec4 b = getMatrixB(batchB, ${m});

          // These swizzled products need to be separately added.
          // See: https://github.com/tensorflow/tfjs/issues/1735
          result += (${f[0]} * ${h[0]});
          result += (${f[1]} * ${h[1]});
        }
        return result;
      }

      void main() {
        ivec3 rc = getOutputCoords();
        vec4 result = dot2x2ARowBCol(rc);

        ${y}

        ${x}

        setOutput(result);
      }
    `}};var Nx={REAL:"return areal * breal - aimag * bimag;",IMAG:"return areal * bimag + aimag * breal;"},Ku=class{constructor(t,e,o){this.variableNames=["AReal","AImag","BReal","BImag"],this.outputShape=I.assertAndGetBroadcastShape(e,o),this.userCode=`
      float binaryOpComplex(
          float areal, float aimag, float breal, float bimag) {
        ${t}
      }

      void main() {
        float areal = getARealAtOutCoords();
        float aimag = getAImagAtOutCoords();
        float breal = getBRealAtOutCoords();
        float bimag = getBImagAtOutCoords();
        setOutput(binaryOpComplex(areal, aimag, breal, bimag));
      }
    `}};var ik="return a * b;";function ju(n){let{inputs:t,backend:e}=n,{a:o,b:r}=t,s=I.upcastType(o.dtype,r.dtype);if(o.dtype==="complex64"){let u=e.texData.get(o.dataId),l=e.texData.get(r.dataId),a=new Ku(Nx.REAL,o.shape,r.shape),c=new Ku(Nx.IMAG,o.shape,r.shape),p=[{dataId:u.complexTensorInfos.real.dataId,dtype:u.complexTensorInfos.real.dtype,shape:o.shape},{dataId:u.complexTensorInfos.imag.dataId,dtype:u.complexTensorInfos.imag.dtype,shape:o.shape},{dataId:l.complexTensorInfos.real.dataId,dtype:l.complexTensorInfos.real.dtype,shape:r.shape},{dataId:l.complexTensorInfos.imag.dataId,dtype:l.complexTensorInfos.imag.dtype,shape:r.shape}],d=e.runWebGLProgram(a,p,"float32"),m=e.runWebGLProgram(c,p,"float32"),f=Wt({inputs:{real:d,imag:m},backend:e});return e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(m),f}if(e.shouldExecuteOnCPU([o,r])){let u=e.texData.get(o.dataId),l=e.texData.get(r.dataId),[a,c]=bv(o.shape,r.shape,u.values,l.values,s),p=e.makeTensorInfo(c,s),d=e.texData.get(p.dataId);return d.values=a,p}let i;return N().getBool("WEBGL_PACK_BINARY_OPERATIONS")?i=new Qt(ik,o.shape,r.shape):i=new Vt(ik,o.shape,r.shape),e.runWebGLProgram(i,[o,r],s)}var uk={kernelName:or,backendName:"webgl",kernelFunc:ju};function lk(n,t,e){let o=[Br(n.shape),...Lr(n.shape)],r={dtype:n.dtype,shape:o,dataId:n.dataId},s=[Br(t),...Lr(t)],i=new Gi(s,o),u=!0,l=[o],a=e.runWebGLProgram(i,[r],n.dtype,l,u);return{dataId:a.dataId,shape:t,dtype:a.dtype}}function z(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{shape:s}=o,i=e,u=b.sizeFromShape(r.shape),l=b.inferFromImplicitShape(s,u),a=b.sizeFromShape(l);b.assert(u===a,()=>`The new shape (${l}) has ${a} elements and the old shape (${r.shape}) has ${u} elements. The new shape and old shape must have the same number of elements.`);let c=i.texData.get(r.dataId);return c.isPacked&&!Xs(r.shape,l)&&!(c.texture!==null&&Xs(c.shape,l))?lk(r,l,i):(i.incRef(r.dataId),{dataId:r.dataId,shape:l,dtype:r.dtype})}var ck={kernelName:Ar,backendName:"webgl",kernelFunc:z};var Xu=class{constructor(t,e){this.variableNames=["x"];let{windowSize:o,batchSize:r,inSize:s,outSize:i}=t;this.outputShape=[r,i];let u=Math.floor(o/4)*4,l=o%4,a="sumValue += dot(values, ones);";if(e!=null){let p=1/e;a=`sumValue += dot(values * ${b.isInt(p)?p.toPrecision(2):p}, ones);`}let c="";s%o>0&&(c=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return 0.0;
        }
      `),this.userCode=`
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${c}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${o};

        float sumValue = 0.0;

        for (int i = 0; i < ${u}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${a}
        }

        int inIdx = inOffset + ${u};
        if (${l===1}) {
          vec4 values = vec4(getValue(batch, inIdx), 0.0, 0.0, 0.0);

          ${a}
        } else if (${l===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1), 0.0, 0.0);

          ${a}
        } else if (${l===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2), 0.0);

          ${a}
        }
        setOutput(sumValue);
      }
    `}};var op=class{constructor(t,e){this.variableNames=["x"];let{windowSize:o,batchSize:r,inSize:s,outSize:i}=t;this.outputShape=[r,i];let u="0.0",l="";e==="prod"?u="1.0":e==="min"?(u="1.0 / 1e-20",l="min"):e==="max"&&(u="-1.0 / 1e-20",l="max");let a=`${e}(${e}(${e}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;e==="sum"?a="sumValue":e==="prod"?a="prodValue":e==="all"?a="allValue":e==="any"&&(a="anyValue");let c=Math.floor(o/4)*4,p=o%4,d=`
      if (${e==="sum"}) {
        sumValue += dot(values, ones);
      } else if (${e==="prod"}) {
        vec2 tmp = vec2(values[0], values[1]) * vec2(values[2], values[3]);
        prodValue *= tmp[0] * tmp[1];
      } else {
        minMaxValue = ${l}(values, minMaxValue);
        if (${e==="min"} || ${e==="max"}) {
          minMaxValue = ${l}(values, minMaxValue);
          bvec4 isNaN = isnan(values);
          if (isNaN.r || isNaN.g || isNaN.b || isNaN.a) {
            minMaxValue = vec4(NAN);
          }
        }
      }
    `,m="vec4";e==="all"?(u="1.0",d=`
        bool reducedAllValue = all(values);
        float floatedReducedAllValue = float(reducedAllValue);
        allValue = float(allValue >= 1.0 && floatedReducedAllValue >= 1.0);
      `,m="bvec4"):e==="any"&&(u="0.0",d=`
        bool reducedAnyValue = any(values);
        float floatedReducedAnyValue = float(reducedAnyValue);
        anyValue = float(anyValue >= 1.0 || floatedReducedAnyValue >= 1.0);
      `,m="bvec4");let f="";s%o>0&&(f=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `),this.userCode=`
      const float initializationValue = ${u};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${f}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${o};

        vec4 minMaxValue = vec4(${u});
        float prodValue = 1.0;
        float sumValue = 0.0;
        float allValue = 1.0;
        float anyValue = 0.0;

        for (int i = 0; i < ${c}; i += 4) {
          int inIdx = inOffset + i;
          ${m} values = ${m}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${d}
        }

        int inIdx = inOffset + ${c};
        if (${p===1}) {
          ${m} values = ${m}(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          ${d}
        } else if (${p===2}) {
          ${m} values = ${m}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          ${d}
        } else if (${p===3}) {
          ${m} values = ${m}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          ${d}
        }
        setOutput(${a});
      }
    `}};function m3(n){let t=[];for(;t.length===0||t[t.length-1].outSize!==1;){let e=t.length?t[t.length-1].outSize:n[1],o=I.computeOptimalWindowSize(e);t.push({inSize:e,windowSize:o,outSize:Math.ceil(e/o)})}return t}function en(n,t,e,o){let r=m3(n.shape),s=n;for(let i=0;i<r.length;i++){let{inSize:u,windowSize:l,outSize:a}=r[i],c,p;e==="mean"?c=i===0?new Xu({windowSize:l,inSize:u,batchSize:n.shape[0],outSize:a},u):new Xu({windowSize:l,inSize:u,batchSize:n.shape[0],outSize:a}):c=new op({windowSize:l,inSize:u,batchSize:n.shape[0],outSize:a},e),p=s,s=o.runWebGLProgram(c,[s],t),p.dataId!==n.dataId&&o.disposeIntermediateTensorInfo(p)}return s}var sp=class{constructor(t,e){this.variableNames=["A"];let o=new Array(t.length);for(let i=0;i<o.length;i++)o[i]=t[e[i]];this.outputShape=o,this.rank=o.length;let r=be(this.rank),s=f3(e);this.userCode=`
    void main() {
      ${r} resRC = getOutputCoords();
      setOutput(getA(${s}));
    }
    `}};function f3(n){let t=n.length;if(t>6)throw Error(`Transpose for rank ${t} is not yet supported`);let e=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u","resRC.v"],o=new Array(t);for(let r=0;r<n.length;r++)o[n[r]]=e[r];return o.join()}var ap=class{constructor(t,e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0;let o=new Array(t.length);for(let c=0;c<o.length;c++)o[c]=t[e[c]];if(this.outputShape=o,this.rank=o.length,this.rank>6)throw Error(`Packed transpose for rank ${this.rank} is not yet supported.`);let r=be(this.rank),s=wx("rc",this.rank),i=new Array(this.rank);for(let c=0;c<e.length;c++)i[e[c]]=s[c];let u=`vec2(${i.slice(-2).join()})`,l=`++${s[this.rank-1]} < ${o[this.rank-1]}`,a=`getChannel(getA(${i.join()}), ${u})`;this.userCode=`
    void main() {
      ${r} rc = getOutputCoords();
      vec4 result = vec4(0.);
      result[0] = ${a};
      if(${l}) {
        result[1] = ${a};
      }
      --${s[this.rank-1]};
      if(++${s[this.rank-2]} < ${o[this.rank-2]}) {
        result[2] = ${a};
        if(${l}) {
          result[3] = ${a};
        }
      }
      setOutput(result);
    }
    `}};function Vr(n,t,e){let o=N().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new ap(n.shape,t):new sp(n.shape,t);return e.runWebGLProgram(o,[n],n.dtype)}function pk(n,t,e,o){let r=t,s=n.shape.length,i=b.parseAxisParam(r,n.shape),u=i,l=I.getAxesPermutation(u,s),a=l!=null,c=n;a&&(c=Vr(n,l,o),u=I.getInnerMostAxes(u.length,s)),I.assertAxesAreInnerMostDims("sum",u,s);let[p,d]=I.computeOutAndReduceShapes(c.shape,u),m=p;e&&(m=I.expandShapeToKeepDim(p,i));let f=b.sizeFromShape(d),g=b.sizeFromShape(n.shape)/f,x=z({inputs:{x:c},attrs:{shape:[g,f]},backend:o}),y=Rs(n.dtype),C=en(x,y,"sum",o),w=z({inputs:{x:C},attrs:{shape:m},backend:o});return o.disposeIntermediateTensorInfo(x),o.disposeIntermediateTensorInfo(C),a&&o.disposeIntermediateTensorInfo(c),w}function Js(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o;return pk(r,s,i,e)}var dk={kernelName:"Sum",backendName:"webgl",kernelFunc:Js};function He(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{perm:s}=o,i=e,u=r.shape.length,l=new Array(u);for(let c=0;c<l.length;c++)l[c]=r.shape[s[c]];let a;if(i.shouldExecuteOnCPU([r])){let p=i.texData.get(r.dataId).values,d=Qs(p,r.shape,r.dtype,s,l);a=i.makeTensorInfo(l,r.dtype);let m=i.texData.get(a.dataId);m.values=d}else a=Vr(r,s,i);return a}var mk={kernelName:ys,backendName:"webgl",kernelFunc:He};var Rx=1e3;function ea({a:n,b:t,transposeA:e,transposeB:o,backend:r,bias:s=null,preluActivationWeights:i=null,leakyreluAlpha:u=0,activation:l=null}){let a=n.shape.length,c=t.shape.length,p=e?n.shape[a-2]:n.shape[a-1],d=o?t.shape[c-1]:t.shape[c-2],m=e?n.shape[a-1]:n.shape[a-2],f=o?t.shape[c-2]:t.shape[c-1],h=n.shape.slice(0,-2),g=t.shape.slice(0,-2),x=b.sizeFromShape(h),y=b.sizeFromShape(g),w=vn.assertAndGetBroadcastShape(n.shape.slice(0,-2),t.shape.slice(0,-2)).concat([m,f]);b.assert(p===d,()=>`Error in matMul: inner shapes (${p}) and (${d}) of Tensors with shapes ${n.shape} and ${t.shape} and transposeA=${e} and transposeB=${o} must match.`);let S=e?[x,p,m]:[x,m,p],v=o?[y,f,d]:[y,d,f],k=z({inputs:{x:n},backend:r,attrs:{shape:S}}),T=z({inputs:{x:t},backend:r,attrs:{shape:v}}),R=[k,T],A=Math.max(x,y),F=e?k.shape[1]:k.shape[2],D=s!=null,$=i!=null,O=l==="leakyrelu",P=l!=null?Ir(l,!0):null,B=D||$||O||P!=null,V;if((m===1||f===1)&&F>Rx&&B===!1){let U=k,q=T;e&&(U=He({inputs:{x:k},backend:r,attrs:{perm:[0,2,1]}}),R.push(U)),o&&(q=He({inputs:{x:T},backend:r,attrs:{perm:[0,2,1]}}),R.push(q));let j=f!==1,X=f===1,G=U;j&&(G=z({inputs:{x:U},backend:r,attrs:{shape:[A,F,1]}}),R.push(G));let H=f===1?2:1,Z=q;X&&(Z=z({inputs:{x:q},backend:r,attrs:{shape:[A,1,F]}}),R.push(Z));let ee=ju({inputs:{a:G,b:Z},backend:r});V=Js({inputs:{x:ee},backend:r,attrs:{axis:H,keepDims:!0}}),R.push(ee)}else{let U=at(n.dtype,t.dtype),q=new qi(S,v,[A,m,f],e,o,D,P,$,O),j=[k,T];if(s!=null&&j.push(s),$&&j.push(i),O){let X=r.makeTensorInfo([],"float32",b.createScalarValue(u,"float32"));j.push(X),R.push(X)}V=r.runWebGLProgram(q,j,U)}let L=z({inputs:{x:V},backend:r,attrs:{shape:w}});R.push(V);for(let U of R)r.disposeIntermediateTensorInfo(U);return L}function h3(n){let{inputs:t,backend:e,attrs:o}=n,{a:r,b:s,bias:i,preluActivationWeights:u}=t,{transposeA:l,transposeB:a,activation:c,leakyreluAlpha:p}=o;return ea({a:r,b:s,transposeA:l,transposeB:a,backend:e,bias:i,preluActivationWeights:u,leakyreluAlpha:p,activation:c})}var fk={kernelName:Is,backendName:"webgl",kernelFunc:h3};var hk="return abs(x);";function g3(n){let{inputs:t,backend:e}=n,{x:o}=t;if(e.shouldExecuteOnCPU([o])&&o.dtype!=="complex64"){let s=e.texData.get(o.dataId),i=Qc(s.values);return e.makeTensorInfo(o.shape,o.dtype,i)}let r;return N().getBool("WEBGL_PACK_UNARY_OPERATIONS")?r=new Lt(o.shape,hk):r=new xt(o.shape,hk),e.runWebGLProgram(r,[o],o.dtype)}var gk={kernelName:"Abs",backendName:"webgl",kernelFunc:g3};var x3=ut+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return acos(x);
`,b3=se({opSnippet:x3}),xk={kernelName:Yr,backendName:"webgl",kernelFunc:b3};var y3=ut+`
  if (x < 1.0) return NAN;
return log(x + sqrt(x * x - 1.0));`,C3=se({opSnippet:y3}),bk={kernelName:Zr,backendName:"webgl",kernelFunc:C3};var yk="return a + b;",I3=$e({opSnippet:yk,packedOpSnippet:yk,supportsComplex:!0,cpuKernelImpl:Z0}),Ck={kernelName:"Add",backendName:"webgl",kernelFunc:I3};var ip=class{constructor(t,e){this.outputShape=[],this.outputShape=t,this.variableNames=e.map((s,i)=>`T${i}`);let o=[];this.variableNames.forEach(s=>{o.push(`float v${s} = get${s}AtOutCoords();`)});let r=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${o.join(`
        `)}

        float result = ${r};
        setOutput(result);
      }
    `}};var up=class{constructor(t,e){this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t,this.variableNames=e.map((s,i)=>`T${i}`);let o=[];this.variableNames.forEach(s=>{o.push(`vec4 v${s} = get${s}AtOutCoords();`)});let r=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${o.join(`
        `)}

        vec4 result = ${r};
        setOutput(result);
      }
    `}};function lp(n){let{inputs:t,backend:e}=n,o=t;if(o.length===1)return rt({inputs:{x:o[0]},backend:e});if(o.length>N().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER")){let l=Math.floor(o.length/2),a=lp({inputs:o.slice(0,l),backend:e}),c=lp({inputs:o.slice(l),backend:e});return lp({inputs:[a,c],backend:e})}let r=o.map(l=>l.dtype).reduce((l,a)=>at(l,a)),s=o.map(l=>l.shape),u=N().getBool("WEBGL_PACK")?new up(o[0].shape,s):new ip(o[0].shape,s);return e.runWebGLProgram(u,o,r)}var Ik={kernelName:Qr,backendName:"webgl",kernelFunc:lp};function w3(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o,u=r.shape.length,l=b.parseAxisParam(s,r.shape),a=l,c=I.getAxesPermutation(a,u),p=r;c!=null&&(p=He({inputs:{x:r},backend:e,attrs:{perm:c}}),a=I.getInnerMostAxes(a.length,u)),I.assertAxesAreInnerMostDims("all",a,u);let[d,m]=I.computeOutAndReduceShapes(p.shape,a),f=b.sizeFromShape(m),h=z({inputs:{x:p},backend:e,attrs:{shape:[-1,f]}}),g=en(h,h.dtype,"all",e),x;if(i){let y=I.expandShapeToKeepDim(d,l);x=z({inputs:{x:g},backend:e,attrs:{shape:y}})}else x=z({inputs:{x:g},backend:e,attrs:{shape:d}});return e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(g),c!=null&&e.disposeIntermediateTensorInfo(p),x}var wk={kernelName:"All",backendName:"webgl",kernelFunc:w3};function S3(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o,u=r.shape.length,l=b.parseAxisParam(s,r.shape),a=l,c=I.getAxesPermutation(a,u),p=r;c!=null&&(p=He({inputs:{x:r},backend:e,attrs:{perm:c}}),a=I.getInnerMostAxes(a.length,u)),I.assertAxesAreInnerMostDims("any",a,u);let[d,m]=I.computeOutAndReduceShapes(p.shape,a),f=b.sizeFromShape(m),h=z({inputs:{x:p},backend:e,attrs:{shape:[-1,f]}}),g=en(h,h.dtype,"any",e),x;if(i){let y=I.expandShapeToKeepDim(d,l);x=z({inputs:{x:g},backend:e,attrs:{shape:y}})}else x=z({inputs:{x:g},backend:e,attrs:{shape:d}});return e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(g),c!=null&&e.disposeIntermediateTensorInfo(p),x}var Sk={kernelName:"Any",backendName:"webgl",kernelFunc:S3};var cp=class{constructor(t,e,o){this.variableNames=["A"];let{windowSize:r,batchSize:s,outSize:i}=t;o||this.variableNames.push("bestIndicesA"),this.outputShape=[s,i];let u=e==="max"?">":"<",l=o?"inOffset + i;":"round(getBestIndicesA(batch, inOffset + i));";this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${r};

        int bestIndex = inOffset;
        float bestValue = getA(batch, bestIndex);

        for (int i = 0; i < ${r}; i++) {
          int inIdx = ${l};
          float candidate = getA(batch, inIdx);
          if (candidate ${u} bestValue) {
            bestValue = candidate;
            bestIndex = inIdx;
          }
        }
        setOutput(float(bestIndex));
      }
    `}};var pp=class{constructor(t,e,o,r){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,b.assert(t.length>2,()=>`Packed arg${o.charAt(0).toUpperCase()+o.slice(1)} supports only inputs with rank above 2.`);let s=t[t.length-1],i=Math.ceil(s/e);this.outputShape=t.slice(0,-1),i>1&&this.outputShape.push(i),r||this.variableNames.push("bestIndicesA");let u=this.outputShape,l=u.length,a=be(l),c=nt("coords",l),p,d;if(i===1){d=l+1;let T=be(d);p=`
        ${T} sourceLocR = ${T}(${c.join()}, 0);
        ++${c[l-1]};
        ${T} sourceLocG = ${T}(${c.join()}, 0);
        ++${c[l-2]};
        ${T} sourceLocA = ${T}(${c.join()}, 0);
        --${c[l-1]};
        ${T} sourceLocB = ${T}(${c.join()}, 0);
        --${c[l-2]};`}else d=l,p=`
        ${a} sourceLocR = coords;
        ++${c[l-1]};
        ${a} sourceLocG = coords;
        ++${c[l-2]};
        ${a} sourceLocA = coords;
        --${c[l-1]};
        ${a} sourceLocB = coords;
        --${c[l-2]};`;let m=["x","y","z","w","u","v"].slice(0,d),f="."+m[d-1],h=m.map(T=>"int "+T),g=nt("sourceLocR",d-1).concat("inIdx.r"),x=nt("sourceLocG",d-1).concat("inIdx.g"),y=nt("sourceLocB",d-1).concat("inIdx.b"),C=nt("sourceLocA",d-1).concat("inIdx.a"),w=o==="max"?"greaterThan":"lessThan",S=r?"":`
          inIdx = round(vec4(getBestIndicesAChannel(${g.join()}),
                             getBestIndicesAChannel(${x.join()}),
                             getBestIndicesAChannel(${y.join()}),
                             getBestIndicesAChannel(${C.join()})));`,v=`vec4(
            getAChannel(${g.join()}),
            hasNextCol ? getAChannel(${x.join()}) : 0.,
            hasNextRow ? getAChannel(${y.join()}) : 0.,
            hasNextRow && hasNextCol ? getAChannel(${C.join()}) : 0.)`,k=r?"":`
      float getBestIndicesAChannel(${h.join()}) {
        return getChannel(getBestIndicesA(${m.join()}),
                                          vec2(${m.slice(-2).join()}));
      }`;this.userCode=`
      float getAChannel(${h.join()}) {
        return getChannel(getA(${m.join()}),
                               vec2(${m.slice(-2).join()}));
      }
      ${k}
      void main() {
        ${a} coords = getOutputCoords();
        bool hasNextCol = ${c[l-1]} < ${u[l-1]-1};
        bool hasNextRow = ${c[l-2]} < ${u[l-2]-1};
        ${p}
        ivec4 srcIdx = ivec4(sourceLocR${f}, sourceLocG${f},
          sourceLocB${f}, sourceLocA${f}) * ${e};
        ivec4 inIdx = srcIdx;
        vec4 bestIndex = vec4(inIdx);
        vec4 bestValue = ${v};

        for (int i = 0; i < ${e}; i++) {
          inIdx = srcIdx;
          ${S}
          vec4 candidate = ${v};
          bvec4 nan = isnan(candidate);
          bvec4 replace = bvec4(
            vec4(${w}(candidate, bestValue)) * (vec4(1.0) - vec4(nan)));

          bestValue = vec4(replace.x  ? candidate.x : bestValue.x,
                           replace.y  ? candidate.y : bestValue.y,
                           replace.z  ? candidate.z : bestValue.z,
                           replace.w  ? candidate.w : bestValue.w);
          bestIndex = mix(bestIndex, vec4(inIdx), vec4(replace));
          srcIdx++;
        }
        setOutput(bestIndex);
      }
    `}};function vk(n,t,e,o=null){let r=t.shape[0],s=t.shape[1];o!=null&&(r=o.shape[0],s=o.shape[1]);let i=I.computeOptimalWindowSize(s),u={windowSize:i,inSize:s,batchSize:r,outSize:Math.ceil(s/i)},l=new cp(u,e,o==null),a=[t];o!=null&&a.push(o);let c=n.runWebGLProgram(l,a,"int32");if(c.shape[1]===1)return c;let p=vk(n,t,e,c);return n.disposeIntermediateTensorInfo(c),p}function kk(n,t,e,o=null){let r=o!=null?o.shape:t.shape,s=r[r.length-1],i=I.computeOptimalWindowSize(s),u=new pp(r,i,e,o==null),l=o==null?[t]:[t,o],a=n.runWebGLProgram(u,l,"int32");if(a.shape.length===t.shape.length){let c=kk(n,t,e,a);return n.disposeIntermediateTensorInfo(a),c}return a}function dp(n,t,e,o){let r=[e];if(I.assertAxesAreInnerMostDims("arg"+o.charAt(0).toUpperCase()+o.slice(1),r,t.shape.length),!N().getBool("WEBGL_PACK_REDUCE")||t.shape.length<=2){let s=[],i=n.texData.get(t.dataId),u=i!==null&&i.isPacked,l=t;u&&(l=n.unpackTensor(t),s.push(l));let[a,c]=I.computeOutAndReduceShapes(l.shape,r),p=b.sizeFromShape(c),d=z({inputs:{x:l},backend:n,attrs:{shape:[-1,p]}});s.push(d);let m=vk(n,d,o);s.push(m);let f=z({inputs:{x:m},backend:n,attrs:{shape:a}});return s.forEach(h=>n.disposeIntermediateTensorInfo(h)),f}return kk(n,t,o)}function v3(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s}=o,i=b.parseAxisParam(s,r.shape),u=I.getAxesPermutation(i,r.shape.length),l=r,a=[];u!=null&&(l=He({inputs:{x:r},backend:e,attrs:{perm:u}}),a.push(l),i=I.getInnerMostAxes(i.length,l.shape.length)),I.assertAxesAreInnerMostDims("argMax",[i[0]],l.shape.length);let c=dp(e,l,i[0],"max");return a.forEach(p=>e.disposeIntermediateTensorInfo(p)),c}var _k={kernelName:Ca,backendName:"webgl",kernelFunc:v3};function k3(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s}=o,i=b.parseAxisParam(s,r.shape),u=I.getAxesPermutation(i,r.shape.length),l=r,a=[];u!=null&&(l=He({inputs:{x:r},backend:e,attrs:{perm:u}}),a.push(l),i=I.getInnerMostAxes(i.length,l.shape.length)),I.assertAxesAreInnerMostDims("argMin",[i[0]],l.shape.length);let c=dp(e,l,i[0],"min");return a.forEach(p=>e.disposeIntermediateTensorInfo(p)),c}var Tk={kernelName:Ia,backendName:"webgl",kernelFunc:k3};var _3=ut+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return asin(x);
`,T3=se({opSnippet:_3}),Nk={kernelName:Jr,backendName:"webgl",kernelFunc:T3};var N3=ut+"return log(x + sqrt(x * x + 1.0));",R3=se({opSnippet:N3}),Rk={kernelName:eo,backendName:"webgl",kernelFunc:R3};var A3=ut+`
  return atan(x);
`,E3=se({opSnippet:A3}),Ak={kernelName:to,backendName:"webgl",kernelFunc:E3};var F3=Hi+`
  return atan(a, b);
`,D3=`
  vec4 result = atan(a, b);
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Jt+`
  return result;
`,$3=$e({opSnippet:F3,packedOpSnippet:D3}),Ek={kernelName:ro,backendName:"webgl",kernelFunc:$3};var M3=ut+`
  if ((x < -1.0) || (x > 1.0)) return NAN;
return (log(1.0 + x) - log(1.0 - x)) / 2.0;`,P3=se({opSnippet:M3}),Fk={kernelName:no,backendName:"webgl",kernelFunc:P3};var Rn=class{constructor(t,e,o,r=!1,s=!1){if(this.variableNames=["x"],e==="avg"&&o)throw new Error("Cannot compute positions for average pool.");let i=t.filterWidth,u=t.strideHeight,l=t.strideWidth,a=t.dilationHeight,c=t.dilationWidth,p=t.effectiveFilterHeight,d=t.effectiveFilterWidth,m=t.padInfo.top,f=t.padInfo.left;this.outputShape=t.outShape;let h=e==="avg",g=`((batch  * ${t.inHeight} + xR) * ${t.inWidth} + xC) * ${t.inChannels} + d`,x=`(xR * ${t.inWidth} + xC) * ${t.inChannels} + d`,y="0.0";if(h||(y="-1.0 / 1e-20"),o){this.userCode=`
        const ivec2 strides = ivec2(${u}, ${l});
        const ivec2 pads = ivec2(${m}, ${f});

        void main() {
          ivec4 coords = getOutputCoords();
          int batch = coords[0];
          int d = coords[3];

          ivec2 xRCCorner = coords.yz * strides - pads;
          int xRCorner = xRCCorner.x;
          int xCCorner = xRCCorner.y;

          // max/min x(?, ?, d) to get y(yR, yC, d).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;
          float avgValue = 0.0;

          for (int wR = 0; wR < ${p};
              wR += ${a}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${d};
                wC += ${c}) {
              int xC = xCCorner + wC;

              if (xC < 0 || xC >= ${t.inWidth}) {
                continue;
              }

              float value = getX(batch, xR, xC, d);

              // If a min / max value has already been found, use it. If not,
              // use the current value.
              float currMinMaxValue = mix(
                  value, minMaxValue, minMaxValueFound);
              if (value >= currMinMaxValue) {
                minMaxValue = value;
                minMaxValueFound = 1.0;
                minMaxPosition = ${r?s?g:x:`wR * ${d} + wC`};
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let C="max",w=`${e}(${e}(${e}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;e==="avg"&&(w="avgValue / max(count, 1.0)");let S=Math.floor(i/4)*4,v=i%4,k=`
      if (${h}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${C}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec2 strides = ivec2(${u}, ${l});
      const ivec2 pads = ivec2(${m}, ${f});
      const float initializationValue = ${y};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xR, int xC, int d) {
        if (xC < 0 || xC >= ${t.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xR, xC, d);
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d = coords[3];

        ivec2 xRCCorner = coords.yz * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // max/min x(?, ?, d) to get y(yR, yC, d).
        // ? = to be determined
        vec4 minMaxValue = vec4(${y});
        float avgValue = 0.0;
        count = 0.0;

        for (int wR = 0; wR < ${p};
            wR += ${a}) {
          int xR = xRCorner + wR;

          if (xR < 0 || xR >= ${t.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${S}; wC += 4) {
            int xC = xCCorner + wC * ${c};

            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${c}, d),
              getValue(batch, xR, xC + 2 * ${c}, d),
              getValue(batch, xR, xC + 3 * ${c}, d)
            );

            ${k}
          }

          int xC = xCCorner + ${S};
          if (${v===1}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              initializationValue,
              initializationValue,
              initializationValue
            );

            ${k}
          } else if (${v===2}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${c}, d),
              initializationValue,
              initializationValue
            );

            ${k}
          } else if (${v===3}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${c}, d),
              getValue(batch, xR, xC + 2 * ${c}, d),
              initializationValue
            );

            ${k}
          }
        }
        setOutput(${w});
      }
    `}},Wr=class{constructor(t,e,o,r=!1,s=!1){if(this.variableNames=["x"],e==="avg"&&o)throw new Error("Cannot compute positions for average pool.");let i=t.filterWidth,u=t.strideDepth,l=t.strideHeight,a=t.strideWidth,c=t.dilationDepth,p=t.dilationHeight,d=t.dilationWidth,m=t.effectiveFilterDepth,f=t.effectiveFilterHeight,h=t.effectiveFilterWidth,g=t.padInfo.front,x=t.padInfo.top,y=t.padInfo.left;this.outputShape=t.outShape;let C=e==="avg",w="0.0";if(C||(w="-1.0 / 1e-20"),o){this.userCode=`
        const ivec3 strides =
            ivec3(${u}, ${l}, ${a});
        const ivec3 pads = ivec3(${g}, ${x}, ${y});

        void main() {
          ivec5 coords = getOutputCoords();
          int batch = coords.x;
          int ch = coords.u;

          ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
          int xDCorner = xCorner.x;
          int xRCorner = xCorner.y;
          int xCCorner = xCorner.z;

          // max/min x(?, ?, ?, ch) to get y(yD, yR, yC, ch).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;

          for (int wD = 0; wD < ${m};
              wD += ${c}) {
            int xD = xDCorner + wD;

            if (xD < 0 || xD >= ${t.inDepth}) {
              continue;
            }

            for (int wR = 0; wR < ${f};
                wR += ${p}) {
              int xR = xRCorner + wR;

              if (xR < 0 || xR >= ${t.inHeight}) {
                continue;
              }

              for (int wC = 0; wC < ${h};
                  wC += ${d}) {
                int xC = xCCorner + wC;

                if (xC < 0 || xC >= ${t.inWidth}) {
                  continue;
                }

                float value = getX(batch, xD, xR, xC, ch);

                // If a min / max value has already been found, use it. If not,
                // use the current value.
                float currMinMaxValue = mix(
                    value, minMaxValue, minMaxValueFound);
                if (value >= currMinMaxValue) {
                  minMaxValue = value;
                  minMaxValueFound = 1.0;
                  minMaxPosition = ${r?s?`(((batch * ${t.inDepth} + xD) * ${t.inHeight} + xR) * ${t.inWidth} + xC) * ${t.inChannels} + ch`:`((xD * ${t.inHeight} + xR) * ${t.inWidth} + xC) * ${t.inChannels} + ch`:`wD * ${f} * ${h} +
                      wR * ${h} + wC`};
                }
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let S="max",v=`${e}(${e}(${e}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;e==="avg"&&(v="avgValue / max(count, 1.0)");let k=Math.floor(i/4)*4,T=i%4,R=`
      if (${C}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${S}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec3 strides =
        ivec3(${u}, ${l}, ${a});
      const ivec3 pads = ivec3(${g}, ${x}, ${y});
      const float initializationValue = ${w};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xD, int xR, int xC, int ch) {
        if (xC < 0 || xC >= ${t.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xD, xR, xC, ch);
      }

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xDCorner = xCorner.x;
        int xRCorner = xCorner.y;
        int xCCorner = xCorner.z;

        // max/min x(?, ?, ?, d) to get y(yD, yR, yC, ch).
        // ? = to be determined
        vec4 minMaxValue = vec4(${w});
        float avgValue = 0.0;
        count = 0.0;

        for (int wD = 0; wD < ${m};
            wD += ${c}) {
          int xD = xDCorner + wD;

          if (xD < 0 || xD >= ${t.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${f};
            wR += ${p}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${k}; wC += 4) {
              int xC = xCCorner + wC * ${d};

              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                getValue(batch, xD, xR, xC + 2 * ${d}, ch),
                getValue(batch, xD, xR, xC + 3 * ${d}, ch)
              );

              ${R}
            }

            int xC = xCCorner + ${k};
            if (${T===1}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                initializationValue,
                initializationValue,
                initializationValue
              );

              ${R}
            } else if (${T===2}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                initializationValue,
                initializationValue
              );

              ${R}
            } else if (${T===3}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                getValue(batch, xD, xR, xC + 2 * ${d}, ch),
                initializationValue
              );

              ${R}
            }
          }
        }
        setOutput(${v});
      }
    `}};function O3(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t;zn(r,"avgPool");let{filterSize:s,strides:i,pad:u,dimRoundingMode:l}=o,a=1;b.assert(I.eitherStridesOrDilationsAreOne(i,a),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${a}'`);let c=I.computePool2DInfo(r.shape,s,i,a,u,l);if(c.filterWidth===1&&c.filterHeight===1&&b.arraysEqual(c.inShape,c.outShape))return rt({inputs:{x:r},backend:e});let p=new Rn(c,"avg",!1);return e.runWebGLProgram(p,[r],"float32")}var Dk={kernelName:oo,backendName:"webgl",kernelFunc:O3};function B3(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{filterSize:s,strides:i,pad:u,dimRoundingMode:l,dataFormat:a}=o,c=[1,1,1],p=I.computePool3DInfo(r.shape,s,i,c,u,l,a),d=new Wr(p,"avg",!1);return e.runWebGLProgram(d,[r],"float32")}var $k={kernelName:Sa,backendName:"webgl",kernelFunc:B3};var mp=class{constructor(t){this.variableNames=["dy"],this.outputShape=t.inShape;let e=t.filterHeight,o=t.filterWidth,r=t.strideHeight,s=t.strideWidth,i=t.dilationHeight,u=t.dilationWidth,l=t.effectiveFilterHeight,a=t.effectiveFilterWidth,c=l-1-t.padInfo.top,p=a-1-t.padInfo.left,d=1/(e*o);this.userCode=`
      const ivec2 pads = ivec2(${c}, ${p});
      const float avgMultiplier = float(${d});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${l};
            wR += ${i}) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${a};
            wC+= ${u}) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);

            dotProd += dyValue * avgMultiplier;
          }
        }
        setOutput(dotProd);
      }
    `}},fp=class{constructor(t){this.variableNames=["dy"],this.outputShape=t.inShape;let e=t.filterDepth,o=t.filterHeight,r=t.filterWidth,s=t.strideDepth,i=t.strideHeight,u=t.strideWidth,l=t.dilationDepth,a=t.dilationHeight,c=t.dilationWidth,p=t.effectiveFilterDepth,d=t.effectiveFilterHeight,m=t.effectiveFilterWidth,f=p-1-t.padInfo.front,h=d-1-t.padInfo.top,g=m-1-t.padInfo.left,x=1/(e*o*r);this.userCode=`
      const ivec3 pads = ivec3(${f}, ${h}, ${g});
      const float avgMultiplier = float(${x});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, d) with pos mask(:, :, :, ch) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${p};
            wD += ${l}) {
          float dyD = float(dyDCorner + wD) / ${s}.0;

          if (dyD < 0.0 || dyD >= ${t.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${d};
              wR += ${a}) {
            float dyR = float(dyRCorner + wR) / ${i}.0;

            if (dyR < 0.0 || dyR >= ${t.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${m};
                wC += ${c}) {
              float dyC = float(dyCCorner + wC) / ${u}.0;

              if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);

              dotProd += dyValue * avgMultiplier;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function L3(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,i=s,{filterSize:u,strides:l,pad:a,dimRoundingMode:c}=o,p=[1,1,1],d=I.computePool3DInfo(i.shape,u,l,p,a,c),m=new fp(d);return e.runWebGLProgram(m,[r],i.dtype)}var Mk={kernelName:va,backendName:"webgl",kernelFunc:L3};function V3(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,i=s;zn([r,s],"avgPoolGrad");let{filterSize:u,strides:l,pad:a}=o,c=I.computePool2DInfo(i.shape,u,l,1,a),p=new mp(c);return e.runWebGLProgram(p,[r],i.dtype)}var Pk={kernelName:wa,backendName:"webgl",kernelFunc:V3};function W3(n){let{inputs:t,backend:e,attrs:o}=n,{a:r,b:s}=t,{transposeA:i,transposeB:u}=o;return ea({a:r,b:s,transposeA:i,transposeB:u,backend:e})}var Ok={kernelName:Zn,backendName:"webgl",kernelFunc:W3};var hp=class{constructor(t,e,o,r,s,i){this.outputShape=[],this.variableNames=["x","mean","variance"],I.assertAndGetBroadcastShape(t,e),I.assertAndGetBroadcastShape(t,o);let u="0.0";r!=null&&(I.assertAndGetBroadcastShape(t,r),this.variableNames.push("offset"),u="getOffsetAtOutCoords()");let l="1.0";s!=null&&(I.assertAndGetBroadcastShape(t,s),this.variableNames.push("scale"),l="getScaleAtOutCoords()"),this.outputShape=t,this.userCode=`
      void main() {
        float x = getXAtOutCoords();
        float mean = getMeanAtOutCoords();
        float variance = getVarianceAtOutCoords();
        float offset = ${u};
        float scale = ${l};
        float inv = scale * inversesqrt(variance + float(${i}));
        setOutput(dot(vec3(x, -mean, offset), vec3(inv, inv, 1)));
      }
    `}};var gp=class{constructor(t,e,o,r,s,i){this.packedInputs=!0,this.packedOutput=!0,this.variableNames=["x","mean","variance"],I.assertAndGetBroadcastShape(t,e),I.assertAndGetBroadcastShape(t,o);let u="vec4(0.0)";r!=null&&(I.assertAndGetBroadcastShape(t,r),this.variableNames.push("offset"),u="getOffsetAtOutCoords()");let l="vec4(1.0)";s!=null&&(I.assertAndGetBroadcastShape(t,s),this.variableNames.push("scale"),l="getScaleAtOutCoords()"),this.outputShape=t,this.userCode=`
      void main() {
        vec4 offset = ${u};
        vec4 scale = ${l};

        vec4 x = getXAtOutCoords();
        vec4 mean = getMeanAtOutCoords();
        vec4 variance = getVarianceAtOutCoords();

        vec4 inv = scale * inversesqrt(variance + vec4(${i}));

        setOutput((x - mean) * inv + offset);
      }
    `}};var U3=({inputs:n,backend:t,attrs:e})=>{let{x:o,mean:r,variance:s,offset:i,scale:u}=n;b.assert(r.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),b.assert(i==null||r.shape.length===i.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),b.assert(u==null||r.shape.length===u.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");let{varianceEpsilon:l}=e;l==null&&(l=.001);let a=[o,r,s],c=null;i!=null&&(c=i.shape,a.push(i));let p=null;u!=null&&(p=u.shape,a.push(u));let d=N().getBool("WEBGL_PACK_NORMALIZATION")?new gp(o.shape,r.shape,s.shape,c,p,l):new hp(o.shape,r.shape,s.shape,c,p,l);return t.runWebGLProgram(d,a,a[0].dtype)},Bk={kernelName:ko,backendName:"webgl",kernelFunc:U3};var xp=class{constructor(t){this.variableNames=["source"],this.outputShape=t,this.rank=t.length;let e=be(this.rank);this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let o=z3(this.rank),r,s=t.map((i,u)=>`sourceLoc.${Ax[u]} = start[${u}] + coords.${Ax[u]};`);r=`
        ${e} sourceLoc;
        ${e} coords = getOutputCoords();
        ${s.join(`
`)}
      `,this.userCode=`
      void main() {
        ${r}
        setOutput(getSource(${o}));
      }
    `}},Ax=["x","y","z","w","u","v"];function z3(n){if(n===1)return"sourceLoc";if(n<=6)return Ax.slice(0,n).map(t=>"sourceLoc."+t).join(",");throw Error(`Slicing for rank ${n} is not yet supported`)}var bp=class{constructor(t){this.variableNames=["source"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t,this.rank=t.length,this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let e=be(this.rank),o=nt("coords",this.rank),r=nt("sourceLoc",this.rank),s=this.rank===1?"sourceLoc":`vec2(${r.slice(-2).join()})`,i=`getChannel(getSource(${r.join()}), ${s})`,u=`
      result.x = ${i};
      if (++${o[this.rank-1]} < ${t[this.rank-1]}) {
        ++${r[this.rank-1]};
        result.y = ${i};
        --${r[this.rank-1]};
      }
    `,l=this.rank===1?"":`
      --${o[this.rank-1]};
      if (++${o[this.rank-2]} < ${t[this.rank-2]}) {
        ++${r[this.rank-2]};
        result.z = ${i};
        if (++${o[this.rank-1]} < ${t[this.rank-1]}) {
          ++${r[this.rank-1]};
          result.w = ${i};
        }
      }
    `,a=this.rank<=4?`sourceLoc = coords +
            ${e}(${t.map((c,p)=>`start[${p}]`).join()});`:t.map((c,p)=>`${r[p]} = ${o[p]} + start[${p}];`).join(`
`);this.userCode=`
      void main() {
        ${e} coords = getOutputCoords();
        ${e} sourceLoc;
        ${a}
        vec4 result = vec4(0.);
        ${u}
        ${l}
        setOutput(result);
      }
    `}};function G3(n,t,e,o){let r=o.texData.get(n.dataId),s=o.makeTensorInfo(e,n.dtype),i=o.texData.get(s.dataId);Object.assign(i,r),i.refCount=1,i.shape=e,i.dtype=n.dtype;let u=Ke.computeFlatOffset(t,b.computeStrides(n.shape));r.slice&&(u+=r.slice.flatOffset),i.slice={flatOffset:u,origDataId:r.slice&&r.slice.origDataId||n.dataId};let l=o.dataRefCount.get(i.slice.origDataId)||1;return o.dataRefCount.set(i.slice.origDataId,l+1),s}function An(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{begin:s,size:i}=o,[u,l]=Ke.parseSliceParams(r,s,i);if(Ke.assertParamsValid(r,u,l),b.sizeFromShape(l)===0)return e.makeTensorInfo(l,r.dtype,[]);if(e.shouldExecuteOnCPU([r])||r.dtype==="string"){let p=e.texData.get(r.dataId),d=Rv(p.values,u,l,r.shape,r.dtype);return e.makeTensorInfo(l,r.dtype,d)}let{isPacked:a}=e.texData.get(r.dataId),c=Ke.isSliceContinous(r.shape,u,l);if(a||!c){let p=N().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new bp(l):new xp(l),d=[u];return e.runWebGLProgram(p,[r],r.dtype,d)}return e.uploadToGPU(r.dataId),G3(r,u,l,e)}var Lk={kernelName:Ga,backendName:"webgl",kernelFunc:An};var H3=n=>{let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{blockShape:s,crops:i}=o;b.assert(r.shape.length<=4,()=>"batchToSpaceND for rank > 4 with a WebGL backend not implemented yet");let u=s.reduce((y,C)=>y*C),l=I.getReshaped(r.shape,s,u),a=I.getPermuted(l.length,s.length),c=I.getReshapedPermuted(r.shape,s,u),p=I.getSliceBeginCoords(i,s.length),d=I.getSliceSize(c,i,s.length),m=[],f=z({inputs:{x:r},backend:e,attrs:{shape:l}}),h=He({inputs:{x:f},backend:e,attrs:{perm:a}}),g=z({inputs:{x:h},backend:e,attrs:{shape:c}}),x=An({inputs:{x:g},backend:e,attrs:{begin:p,size:d}});return m.push(f),m.push(h),m.push(g),m.forEach(y=>e.disposeIntermediateTensorInfo(y)),x},Vk={kernelName:ka,backendName:"webgl",kernelFunc:H3};function q3(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,weights:s}=t,{size:i}=o,u=e.readSync(r.dataId),l=e.readSync(s.dataId),a=Zc(u,l,s.dtype,s.shape,i);return e.makeTensorInfo([i],s.dtype,a)}var Wk={kernelName:so,backendName:"webgl",kernelFunc:q3};var K3=`
  int r = int(a.r) & int(b.r);
  int g = int(a.g) & int(b.g);
  int rb = int(a.b) & int(b.b);
  int ra = int(a.a) & int(b.a);
  return vec4(r, g, rb, ra);
`,j3=`
  return float(int(a.r) & int(b.r));
`;function X3(n){let{inputs:t,backend:e}=n,{a:o,b:r}=t,s=N().getBool("WEBGL_PACK_BINARY_OPERATIONS"),i=N().getNumber("WEBGL_VERSION");if(e.shouldExecuteOnCPU([o,r])||i===1){let l=e.texData.get(o.dataId).values,a=e.texData.get(r.dataId).values,[c,p]=J0(o.shape,r.shape,l,a,o.dtype),d=e.makeTensorInfo(p,o.dtype),m=e.texData.get(d.dataId);return m.values=c,d}let u;return s?u=new Qt(K3,o.shape,r.shape,!1):u=new Vt(j3,o.shape,r.shape),e.runWebGLProgram(u,[o,r],o.dtype)}var Uk={kernelName:ao,backendName:"webgl",kernelFunc:X3};function Y3(n){let{inputs:t,backend:e}=n,{s0:o,s1:r}=t,s=e.readSync(o.dataId),i=e.readSync(r.dataId),u=I.assertAndGetBroadcastShape(Array.from(s),Array.from(i));return e.makeTensorInfo([u.length],"int32",Int32Array.from(u))}var zk={kernelName:_a,backendName:"webgl",kernelFunc:Y3};var Z3="return float(a != b);",Ex=$e({opSnippet:Z3,cpuKernelImpl:Cv,dtype:"bool"}),Gk={kernelName:Go,backendName:"webgl",kernelFunc:Ex};function wr(n){let{inputs:t,backend:e}=n,{input:o}=t,r=e.texData.get(o.dataId);return rt({inputs:{x:r.complexTensorInfos.real},backend:e})}var Hk={kernelName:Ul,backendName:"webgl",kernelFunc:wr};var Q3="return float(int(x));";function qk(n,t){let e=new xt(n.shape,Q3),o=t.runWebGLProgram(e,[n],"int32");return{dataId:o.dataId,shape:o.shape,dtype:o.dtype}}function Fx(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{dtype:s}=o;if(s==="complex64"){if(r.dtype==="complex64")return rt({inputs:{x:r},backend:e});let i=br(r.shape),u=Fx({inputs:{x:r},backend:e,attrs:{dtype:"float32"}}),l=Wt({inputs:{real:u,imag:i},backend:e});return i.dispose(),e.disposeIntermediateTensorInfo(u),l}if(r.dtype==="complex64"){let i=wr({inputs:{input:r},backend:e}),u=Fx({inputs:{x:i},backend:e,attrs:{dtype:s}});return e.disposeIntermediateTensorInfo(i),u}if(!b.hasEncodingLoss(r.dtype,s)){let i=rt({inputs:{x:r},backend:e});return{dataId:i.dataId,shape:i.shape,dtype:s}}if(e.shouldExecuteOnCPU([r])){let i=e.texData.get(r.dataId).values,[u,l,a]=ev(i,r.shape,r.dtype,s);return e.makeTensorInfo(u,l,a)}if(s==="int32")return qk(r,e);if(s==="bool"){let i=e.makeTensorInfo([],"bool",b.getTypedArrayFromDType("bool",1)),l=Ex({inputs:{a:r,b:i},backend:e});return e.disposeIntermediateTensorInfo(i),l}throw new Error(`Error in Cast: failed to cast ${r.dtype} to ${s}`)}var Kk={kernelName:$n,backendName:"webgl",kernelFunc:Fx};var jk="return ceil(x);",J3=se({opSnippet:jk,packedOpSnippet:jk,cpuKernelImpl:tv}),Xk={kernelName:io,backendName:"webgl",kernelFunc:J3};var yp=class{constructor(t){this.variableNames=["A"],this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=t,this.userCode=`

      void main() {
        float value = getAAtOutCoords();
        if (isnan(value)) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, minVal, maxVal));
      }
    `}};var Cp=class{constructor(t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=t,this.userCode=`
      void main() {
        vec4 value = getAAtOutCoords();

        if (any(isnan(value))) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, vec4(minVal), vec4(maxVal)));
      }
    `}};function eV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{clipValueMin:s,clipValueMax:i}=o,u;N().getBool("WEBGL_PACK_CLIP")?u=new Cp(r.shape):u=new yp(r.shape);let l=[[s],[i]];return e.runWebGLProgram(u,[r],r.dtype,l)}var Yk={kernelName:Nr,backendName:"webgl",kernelFunc:eV};var Ip=class{constructor(t){this.variableNames=["real","imag"],this.outputShape=t,this.userCode=`
      void main() {
        float re = abs(getRealAtOutCoords());
        float im = abs(getImagAtOutCoords());
        float mx = max(re, im);

        // sadly the length function in glsl is not underflow-safe
        // (at least not on Intel GPUs). So the safe solution is
        // to ensure underflow-safety in all cases.
        setOutput(
          mx == 0.0 ? 0.0 : mx * length(vec2(1, min(re, im)/mx))
        );
      }
    `}};function Zk(n,t){return{dataId:t.dataId,dtype:t.dtype,shape:n.shape}}function tV(n){let{inputs:t,backend:e}=n,{x:o}=t,r=e.texData.get(o.dataId),s=new Ip(o.shape),i=[Zk(o,r.complexTensorInfos.real),Zk(o,r.complexTensorInfos.imag)];return e.runWebGLProgram(s,i,i[0].dtype)}var Qk={kernelName:Na,backendName:"webgl",kernelFunc:tV};var wp=class{constructor(t){this.outputShape=[],this.outputShape=I.computeOutShape(t,1),this.variableNames=t.map((i,u)=>`T${u}`);let e=new Array(t.length-1);e[0]=t[0][1];for(let i=1;i<e.length;i++)e[i]=e[i-1]+t[i][1];let o=[`if (yC < ${e[0]}) setOutput(getT0(yR, yC));`];for(let i=1;i<e.length;i++){let u=e[i-1];o.push(`else if (yC < ${e[i]}) setOutput(getT${i}(yR, yC-${u}));`)}let r=e.length,s=e[e.length-1];o.push(`else setOutput(getT${r}(yR, yC-${s}));`),this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int yR = coords.x;
        int yC = coords.y;

        ${o.join(`
        `)}
      }
    `}};var vp=class{constructor(t,e){this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[],this.outputShape=I.computeOutShape(t,e);let o=this.outputShape,r=o.length,s=be(r),i=nt("coords",r),u=["x","y","z","w","u","v"].slice(0,r);this.variableNames=t.map((h,g)=>`T${g}`);let l=new Array(t.length-1);l[0]=t[0][e];for(let h=1;h<l.length;h++)l[h]=l[h-1]+t[h][e];let a=u[e],c=u.slice(-2),p=u.join(),d=`if (${a} < ${l[0]}) {
        return getChannel(
            getT0(${p}), vec2(${c.join()}));
        }`;for(let h=1;h<l.length;h++){let g=l[h-1];d+=`
        if (${a} < ${l[h]}  && ${a} >= ${l[h-1]}) {
          return getChannel(
            getT${h}(${Sp(u,a,g)}),
            vec2(${Sp(c,a,g)}));
        }`}let m=l.length,f=l[l.length-1];d+=`
        return getChannel(
          getT${m}(${Sp(u,a,f)}),
          vec2(${Sp(c,a,f)}));`,this.userCode=`
      float getValue(${u.map(h=>"int "+h)}) {
        ${d}
      }

      void main() {
        ${s} coords = getOutputCoords();
        vec4 result = vec4(getValue(${i}), 0., 0., 0.);

        ${i[r-1]} = ${i[r-1]} + 1;
        if (${i[r-1]} < ${o[r-1]}) {
          result.g = getValue(${i});
        }

        ${i[r-2]} = ${i[r-2]} + 1;
        if (${i[r-2]} < ${o[r-2]}) {
          result.a = getValue(${i});
        }

        ${i[r-1]} = ${i[r-1]} - 1;
        if (${i[r-2]} < ${o[r-2]} &&
            ${i[r-1]} < ${o[r-1]}) {
          result.b = getValue(${i});
        }
        setOutput(result);
      }
    `}};function Sp(n,t,e){let o=n.indexOf(t);return n.map((s,i)=>i===o?`${s} - ${e}`:s).join()}function ta(n){let{inputs:t,backend:e}=n,{input:o}=t,r=e.texData.get(o.dataId);return rt({inputs:{x:r.complexTensorInfos.imag},backend:e})}var Jk={kernelName:Bl,backendName:"webgl",kernelFunc:ta};function Ki(n,t,e){let o=n[0].dtype;if(o==="complex64"){let m=n.map(y=>wr({inputs:{input:y},backend:e})),f=n.map(y=>ta({inputs:{input:y},backend:e})),h=Ki(m,t,e),g=Ki(f,t,e),x=Wt({inputs:{real:h,imag:g},backend:e});return m.forEach(y=>e.disposeIntermediateTensorInfo(y)),f.forEach(y=>e.disposeIntermediateTensorInfo(y)),e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(g),x}let r=e.shouldExecuteOnCPU(n);if(o==="string"&&(r=!0),r){let m=n.map(w=>{let v=[-1,b.sizeFromShape(w.shape.slice(t))];return z({inputs:{x:w},backend:e,attrs:{shape:v}})}),f=m.map(w=>({vals:e.readSync(w.dataId),shape:w.shape})),h=I.computeOutShape(m.map(w=>w.shape),1),g=m[0].shape[0]===1,x=nv(f,h,o,g),y=I.computeOutShape(n.map(w=>w.shape),t),C=e.makeTensorInfo(y,o,x);return m.forEach(w=>e.disposeIntermediateTensorInfo(w)),C}let s=n.filter(m=>b.sizeFromShape(m.shape)>0),i=N().getBool("WEBGL_PACK_ARRAY_OPERATIONS")&&s[0].shape.length>1;if(s.length===1){let m=i?new xt(n[0].shape,Gn):new Lt(n[0].shape,Gn);return e.runWebGLProgram(m,n,o)}let u=N().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER");if(s.length>u){let m=[];for(let h=0;h<s.length;h+=u){let g=s.slice(h,h+u);m.push(Ki(g,t,e))}let f=Ki(m,t,e);for(let h of m)e.disposeIntermediateTensorInfo(h);return f}if(i){let m=new vp(s.map(f=>f.shape),t);return e.runWebGLProgram(m,s,o)}let{tensors2D:l,outShape:a}=nV(s,t,e),c=new wp(l.map(m=>m.shape)),p=e.runWebGLProgram(c,l,o);l.forEach(m=>e.disposeIntermediateTensorInfo(m));let d=z({inputs:{x:p},attrs:{shape:a},backend:e});return e.disposeIntermediateTensorInfo(p),d}function nV(n,t,e){let o=I.computeOutShape(n.map(s=>s.shape),t);return{tensors2D:n.map(s=>z({inputs:{x:s},attrs:{shape:[-1,b.sizeFromShape(s.shape.slice(t))]},backend:e})),outShape:o}}function Dx(n){let{inputs:t,backend:e,attrs:o}=n,{axis:r}=o,s=b.parseAxisParam(r,t[0].shape)[0],i=t.map(a=>a.shape);I.assertParamsConsistent(i,s);let u=I.computeOutShape(t.map(a=>a.shape),s);if(b.sizeFromShape(u)===0)return e.makeTensorInfo(u,t[0].dtype,[]);let l=t.filter(a=>b.sizeFromShape(a.shape)>0);return l.length===1?rt({inputs:{x:l[0]},backend:e}):Ki(l,s,e)}var e1={kernelName:Ra,backendName:"webgl",kernelFunc:Dx};var ji=class{constructor(t,e=!1,o=null,r=!1,s=!1){this.variableNames=["x","W"],this.outputShape=t.outShape;let i=t.padInfo.top,u=t.padInfo.left,l=t.strideHeight,a=t.strideWidth,c=t.dilationHeight,p=t.dilationWidth,d=t.filterHeight,m=t.filterWidth,f=Math.floor(t.inChannels/4)*4,h=t.inChannels%4,g=t.dataFormat==="channelsLast",x=g?1:2,y=g?2:3,C=g?3:1,w="",S="";o&&(r?w=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${o}
        }`:s?w=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${o}
        }`:w=`
          float activation(float x) {
            ${o}
          }
        `,S="result = activation(result);");let v=e?"result += getBiasAtOutCoords();":"";e&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${w}

      const ivec2 strides = ivec2(${l}, ${a});
      const ivec2 pads = ivec2(${i}, ${u});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d2 = coords[${C}];

        ivec2 xRCCorner =
            ivec2(coords[${x}], coords[${y}]) * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, d2) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${d}; wR++) {
          int xR = xRCorner + wR * ${c};

          if (xR < 0 || xR >= ${t.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${m}; wC++) {
            int xC = xCCorner + wC * ${p};

            if (xC < 0 || xC >= ${t.inWidth}) {
              continue;
            }

            for (int d1 = 0; d1 < ${f}; d1 += 4) {
              vec4 wValues = vec4(
                getW(wR, wC, d1, d2),
                getW(wR, wC, d1 + 1, d2),
                getW(wR, wC, d1 + 2, d2),
                getW(wR, wC, d1 + 3, d2)
              );

              if (${g}) {
                vec4 xValues = vec4(
                  getX(batch, xR, xC, d1),
                  getX(batch, xR, xC, d1 + 1),
                  getX(batch, xR, xC, d1 + 2),
                  getX(batch, xR, xC, d1 + 3)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec4 xValues = vec4(
                  getX(batch, d1, xR, xC),
                  getX(batch, d1 + 1, xR, xC),
                  getX(batch, d1 + 2, xR, xC),
                  getX(batch, d1 + 3, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }
            }

            if (${h===1}) {

              if (${g}) {
                dotProd +=
                    getX(batch, xR, xC, ${f}) *
                    getW(wR, wC, ${f}, d2);
              } else {
                dotProd +=
                    getX(batch, ${f}, xR, xC) *
                    getW(wR, wC, ${f}, d2);
              }

            } else if (${h===2}) {
              vec2 wValues = vec2(
                getW(wR, wC, ${f}, d2),
                getW(wR, wC, ${f} + 1, d2)
              );

              if (${g}) {
                vec2 xValues = vec2(
                  getX(batch, xR, xC, ${f}),
                  getX(batch, xR, xC, ${f} + 1)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec2 xValues = vec2(
                  getX(batch, ${f}, xR, xC),
                  getX(batch, ${f} + 1, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            } else if (${h===3}) {
              vec3 wValues = vec3(
                getW(wR, wC, ${f}, d2),
                getW(wR, wC, ${f} + 1, d2),
                getW(wR, wC, ${f} + 2, d2)
              );

              if (${g}) {
                vec3 xValues = vec3(
                  getX(batch, xR, xC, ${f}),
                  getX(batch, xR, xC, ${f} + 1),
                  getX(batch, xR, xC, ${f} + 2)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec3 xValues = vec3(
                  getX(batch, ${f}, xR, xC),
                  getX(batch, ${f} + 1, xR, xC),
                  getX(batch, ${f} + 2, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            }
          }
        }

        float result = dotProd;
        ${v}
        ${S}
        setOutput(result);
      }
    `}},kp=class{constructor(t){this.variableNames=["x","W"],this.outputShape=t.outShape;let e=t.padInfo.front,o=t.padInfo.top,r=t.padInfo.left,s=t.strideDepth,i=t.strideHeight,u=t.strideWidth,l=t.dilationDepth,a=t.dilationHeight,c=t.dilationWidth,p=t.filterDepth,d=t.filterHeight,m=t.filterWidth,f=Math.floor(t.inChannels/4)*4,h=t.inChannels%4;this.userCode=`
      const ivec3 strides = ivec3(${s}, ${i}, ${u});
      const ivec3 pads = ivec3(${e}, ${o}, ${r});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d2 = coords.u;

        ivec3 xFRCCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xFCorner = xFRCCorner.x;
        int xRCorner = xFRCCorner.y;
        int xCCorner = xFRCCorner.z;

        // Convolve x(?, ?, ?, d1) with w(:, :, :, d1, d2) to get
        // y(yF, yR, yC, d2). ? = to be determined. : = across all
        // values in that axis.
        float dotProd = 0.0;
        for (int wF = 0; wF < ${p}; wF++) {
          int xF = xFCorner + wF * ${l};

          if (xF < 0 || xF >= ${t.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${d}; wR++) {
            int xR = xRCorner + wR * ${a};

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${m}; wC++) {
              int xC = xCCorner + wC * ${c};

              if (xC < 0 || xC >= ${t.inWidth}) {
                continue;
              }

              for (int d1 = 0; d1 < ${f}; d1 += 4) {
                vec4 xValues = vec4(
                  getX(batch, xF, xR, xC, d1),
                  getX(batch, xF, xR, xC, d1 + 1),
                  getX(batch, xF, xR, xC, d1 + 2),
                  getX(batch, xF, xR, xC, d1 + 3)
                );
                vec4 wValues = vec4(
                  getW(wF, wR, wC, d1, d2),
                  getW(wF, wR, wC, d1 + 1, d2),
                  getW(wF, wR, wC, d1 + 2, d2),
                  getW(wF, wR, wC, d1 + 3, d2)
                );

                dotProd += dot(xValues, wValues);
              }

              if (${h===1}) {
                dotProd +=
                  getX(batch, xF, xR, xC, ${f}) *
                  getW(wF, wR, wC, ${f}, d2);
              } else if (${h===2}) {
                vec2 xValues = vec2(
                  getX(batch, xF, xR, xC, ${f}),
                  getX(batch, xF, xR, xC, ${f} + 1)
                );
                vec2 wValues = vec2(
                  getW(wF, wR, wC, ${f}, d2),
                  getW(wF, wR, wC, ${f} + 1, d2)
                );
                dotProd += dot(xValues, wValues);
              } else if (${h===3}) {
                vec3 xValues = vec3(
                  getX(batch, xF, xR, xC, ${f}),
                  getX(batch, xF, xR, xC, ${f} + 1),
                  getX(batch, xF, xR, xC, ${f} + 2)
                );
                vec3 wValues = vec3(
                  getW(wF, wR, wC, ${f}, d2),
                  getW(wF, wR, wC, ${f} + 1, d2),
                  getW(wF, wR, wC, ${f} + 2, d2)
                );
                dotProd += dot(xValues, wValues);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};var Xi=class{constructor(t,e=!1,o=null,r=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=t.outShape,this.enableShapeUniforms=Le(this.outputShape.length);let i=t.padInfo.left,u=t.strideWidth,l=t.dilationWidth,a=t.filterHeight,c=t.filterWidth,p=c,d=`
       int xR; int xC; int xCOffset;
       vec4 wTexel; vec4 previous; vec4 final;`;for(let g=0;g<c;g++)d+=`
           vec4 xTexelC${g*2};
           int xTexelC${g*2}Ready;
           vec4 xTexelC${g*2+1};
           int xTexelC${g*2+1}Ready;
           vec4 xC${g};`;d+=`
     for (int r = 0; r < ${a}; r++) {
      for (int d1 = 0; d1 < ${t.inChannels}; d1 += 2) {
       `;for(let g=0;g<c;g++)d+=`
           xTexelC${g*2} = vec4(0.0);
           xTexelC${g*2}Ready = 0;
           xTexelC${g*2+1} = vec4(0.0);
           xTexelC${g*2+1}Ready = 0;
           xC${g} = vec4(0.0);`;d+=`
         xR = xRCorner + r * dilations[0];
         if (xR >=0 && xR < inDims[0]) {
       `;for(let g=0;g<(p+1)/2;g++){let x=g*2;if(d+=`
           xC = xCCorner + ${x*l};
           `,u===1){if(x<c&&(i%2===1?(d+=`
                 xCOffset = xC + 1;
                 if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xCOffset, d1);

                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }
               `,l===1&&x>0?d+=`
                 xC${x} = vec4(xTexelC${x-2}.zw, xTexelC${x}.xy);
                 `:d+=`
                   xCOffset = xC + 1 - 2;

                   if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       previous.zw = vec2(0.0);
                     }

                     xC${x} = vec4(previous.zw, xTexelC${x}.xy);
                   } else {
                     xC${x} = vec4(0.0, 0.0, xTexelC${x}.xy);
                   }
                   `):d+=`
                 if (xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 xC${x} = xTexelC${x};
                 `,x+1<c)){let y=i%2===0?b.nearestLargerEven(l):l;l%2===0&&i%2===1||l%2!==0&&i%2!==1?(d+=`
                   xCOffset = xC + imod(pads[1], 2) + ${y};

                   if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                     xTexelC${x+1} = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       xTexelC${x+1}.zw = vec2(0.0);
                     }
                     xTexelC${x+1}Ready = 1;
                   }
                   `,l>1?d+=`
                     xCOffset -= 2;
                     if (xCOffset >= 0 && xCOffset < inDims[1]) {
                      previous = getX(batch, xR, xCOffset, d1);
                      xC${x+1} = vec4(previous.zw, xTexelC${x+1}.xy);
                     } else {
                      xC${x+1} = vec4(0.0, 0.0, xTexelC${x+1}.xy);
                     }
                     `:d+=`
                     xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.xy);
                     `):y===1?d+=`
                     xC${x+1} = xTexelC${x};
                     `:d+=`
                     xCOffset = xC + ${y};

                     if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                       xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                       if (xCOffset + 1 >= inDims[1]) {
                         xTexelC${x+1}.zw = vec2(0.0);
                       }
                       xTexelC${x+1}Ready = 1;
                     }

                     xC${x+1} = xTexelC${x+1};
                     `}}else x<c&&(i%2===1?(d+=`
                 xCOffset = xC + 1 - strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xCOffset, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${x+1}Ready == 0) {
                   xTexelC${x+1} = getX(batch, xR, xC + 1, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xC + 2 >= inDims[1]) {
                     xTexelC${x+1}.zw = vec2(0.0);
                   }
                   xTexelC${x+1}Ready = 1;
                 }

                 xC${x} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
               `,x+1<c&&(d+=`
                   final = vec4(0.0);
                   xCOffset = xC + 1 + strides[1];
                   if(xCOffset >= 0 && xCOffset < inDims[1]) {
                     final = getX(batch, xR, xCOffset, d1);
                   }
                   xC${x+1} = vec4(xTexelC${x+1}.xy, final.xy);
                 `)):(d+=`
                 if(xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 xCOffset = xC + strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                   xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x+1}.zw = vec2(0.);
                   }
                   xTexelC${x+1}Ready = 1;
                 }

                 xC${x} = vec4(
                   xTexelC${x}.xy, xTexelC${x+1}.xy);
               `,x+1<c&&(d+=`
                   xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
                 `)));x<c&&(d+=`
             wTexel = getW(r, ${x}, d1, d2);
             dotProd += xC${x}.xxzz * vec4(wTexel.xy, wTexel.xy);
             if(d1 + 1 < ${t.inChannels}) {
               dotProd += xC${x}.yyww * vec4(wTexel.zw, wTexel.zw);
             }
           `,x+1<c&&(d+=`
               wTexel = getW(r, ${x+1}, d1, d2);
               dotProd += xC${x+1}.xxzz * vec4(wTexel.xy, wTexel.xy);
               if(d1 + 1 < ${t.inChannels}) {
                 dotProd += xC${x+1}.yyww * vec4(wTexel.zw, wTexel.zw);
               }
             `))}d+=`
     }
   `,d+=`
     }
   `,d+=`
     }
   `;let m="",f="";o&&(r?m=`vec4 activation(vec4 a) {
           vec4 b = getPreluActivationWeightsAtOutCoords();
           ${o}
         }`:s?m=`vec4 activation(vec4 a) {
           vec4 b = getLeakyreluAlphaAtOutCoords();
           ${o}
         }`:m=`vec4 activation(vec4 x) {
           ${o}
         }`,f="result = activation(result);");let h=e?"result += getBiasAtOutCoords();":"";e&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
       ${m}

       void main() {
         ivec4 coords = getOutputCoords();
         int batch = coords.x;
         ivec2 xRCCorner = coords.yz * strides - pads;
         int d2 = coords.w;
         int xRCorner = xRCCorner.x;
         int xCCorner = xRCCorner.y;

         //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
         vec4 dotProd = vec4(0.000000000000001);

         ${d}

         vec4 result = dotProd - vec4(0.000000000000001);
         ${h}
         ${f}
         setOutput(result);
       }
     `}};var _p=class{constructor(t,e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec4"},{name:"pad",type:"ivec2"},{name:"stride",type:"ivec2"},{name:"dilation",type:"ivec2"},{name:"inChannels",type:"int"},{name:"itemsPerBlockRow",type:"int"},{name:"outWidth",type:"int"}],this.outputShape=t,this.enableShapeUniforms=Le(this.outputShape.length);let{dataFormat:o}=e,r=Xe(),s=o==="channelsLast",i=s?1:2,u=s?2:3,l=this.enableShapeUniforms?"if(blockIndex < outShape[2] && pos < outShape[1]) {":`if(blockIndex < ${t[2]} && pos < ${t[1]}) {`,a="";for(let c=0;c<=1;c++)for(let p=0;p<=1;p++)a+=`
          blockIndex = rc.z + ${p};
          pos = rc.y + ${c};

          ${l}
            offsetY = int(blockIndex / outWidth) * stride[0] - pad[0];
            d0 = offsetY + dilation[0] * (pos / itemsPerBlockRow);

            if(d0 < inputShape[${i}] && d0 >= 0) {
              // Use custom imod instead mod. On Intel GPU, mod may generate
              // unexpected value.
              // https://github.com/tensorflow/tfjs/issues/5447
              offsetX = imod(blockIndex, outWidth) * stride[1] - pad[1];
              d1 = offsetX + dilation[1] * (imod(pos, itemsPerBlockRow) /
                  inChannels);

              if(d1 < inputShape[${u}] && d1 >= 0) {

                ch = imod(pos, inChannels);

                if (${s}) {
                  innerDims = vec2(d1, ch);
                  result[${c*2+p}] = getChannel(
                    getA(rc.x, d0, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                } else {
                  innerDims = vec2(d0, d1);
                  result[${c*2+p}] = getChannel(
                    getA(rc.x, ch, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                }
              }
            }
          }
        `;this.userCode=`
      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0);

        int blockIndex, pos, offsetY, d0, offsetX, d1, ch;
        vec2 innerDims;

        ${a}

        ${r.output} = result;
      }
    `}};function Tp(n,t){let e=n.length;return e>=3?t?[...n.slice(0,-3),n[e-3]*n[e-2],n[e-1]]:[...n.slice(0,-3),n[e-3],n[e-2]*n[e-1]]:!t&&e===1&&n[0]>1?[n[0],1]:null}function Np({x:n,filter:t,convInfo:e,backend:o,bias:r=null,preluActivationWeights:s=null,leakyreluAlpha:i=0,activation:u=null}){let l=n.shape,a=o.texData.get(n.dataId),c=e.inChannels,p=l[0]*l[1]*l[2],d=e.outChannels,m=e.dataFormat==="channelsLast",f=!1,h=!1,g,x=[];if(s!=null){let w=Tp(s.shape,m);w!=null&&(s=z({inputs:{x:s},backend:o,attrs:{shape:w}}),x.push(s))}if(r!=null){let w=Tp(r.shape,m);w!=null&&(r=z({inputs:{x:r},backend:o,attrs:{shape:w}}),x.push(r))}if(!((p===1||d===1)&&c>Rx)&&a.isPacked&&m&&a.texture!=null&&l[2]%2!==0&&b.arraysEqual(a.shape.slice(-3),l.slice(-3))){let w=l[0]*l[1]*(l[2]+1),S={dataId:n.dataId,shape:[1,w,e.inChannels],dtype:n.dtype},v=a.shape;a.shape=a.shape.slice(),a.shape[a.shape.length-2]++,b.assert(Xs(a.shape,S.shape),()=>`packed reshape ${a.shape} to ${S.shape} isn't free`);let k=z({inputs:{x:t},backend:o,attrs:{shape:[1,e.inChannels,e.outChannels]}});x.push(k);let T=ea({a:S,b:k,backend:o,transposeA:f,transposeB:h,bias:r,activation:u,preluActivationWeights:s,leakyreluAlpha:i}),R=o.texData.get(T.dataId);b.assert(R.isPacked,()=>"batchMatMul result is expected to be packed"),a.shape=v,R.shape=e.outShape,g=rt({inputs:{x:T},backend:o}),g.shape=e.outShape,x.push(T)}else{let w=e.outHeight*e.outWidth,S=z({inputs:{x:n},backend:o,attrs:{shape:m?[e.batchSize,w,e.inChannels]:[e.batchSize,e.inChannels,w]}}),v=z({inputs:{x:t},backend:o,attrs:{shape:[1,e.inChannels,e.outChannels]}}),k=ea({a:m?S:v,b:m?v:S,transposeA:!m,transposeB:h,backend:o,bias:r,activation:u,preluActivationWeights:s,leakyreluAlpha:i});g=z({inputs:{x:k},backend:o,attrs:{shape:e.outShape}}),x.push(S),x.push(v),x.push(k)}for(let w of x)o.disposeIntermediateTensorInfo(w);return g}function Rp({x:n,filter:t,convInfo:e,backend:o,bias:r=null,preluActivationWeights:s=null,leakyreluAlpha:i=0,activation:u=null}){let{filterWidth:l,filterHeight:a,inChannels:c,outWidth:p,outHeight:d,dataFormat:m}=e,f=m==="channelsLast",h=l*a*c,g=d*p,x=[e.batchSize,h,g],y=!0,C=!1,w=[];if(s!=null){let L=Tp(s.shape,f);L!=null&&(s=z({inputs:{x:s},backend:o,attrs:{shape:L}}),w.push(s))}if(r!=null){let L=Tp(r.shape,f);L!=null&&(r=z({inputs:{x:r},backend:o,attrs:{shape:L}}),w.push(r))}let S=z({inputs:{x:t},backend:o,attrs:{shape:[1,h,b.sizeFromShape(t.shape)/h]}});w.push(S);let v=new _p(x,e),k=[n.shape,[e.padInfo.top,e.padInfo.left],[e.strideHeight,e.strideWidth],[e.dilationHeight,e.dilationWidth],[e.inChannels],[e.filterWidth*e.inChannels],[e.outWidth]],T=o.runWebGLProgram(v,[n],"float32",k),R=z({inputs:{x:T},backend:o,attrs:{shape:x}});w.push(T),w.push(R);let A=r!=null,F=s!=null,D=u==="leakyrelu",$=u?Ir(u,!0):null,O=new qi(f?R.shape:S.shape,f?S.shape:R.shape,f?[e.batchSize,g,e.outChannels]:[e.batchSize,e.outChannels,g],y,C,A,$,F,D),P=f?[R,S]:[S,R];if(r&&P.push(r),F&&P.push(s),D){let L=o.makeTensorInfo([],"float32",b.createScalarValue(i,"float32"));P.push(L),w.push(L)}let B=o.runWebGLProgram(O,P,"float32"),V=z({inputs:{x:B},backend:o,attrs:{shape:e.outShape}});w.push(B);for(let L of w)o.disposeIntermediateTensorInfo(L);return V}function rV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dataFormat:l,dilations:a,dimRoundingMode:c}=o,p=I.convertConv2DDataFormat(l),d=I.computeConv2DInfo(r.shape,s.shape,i,a,u,c,!1,p),m;if(d.filterHeight===1&&d.filterWidth===1&&d.dilationHeight===1&&d.dilationWidth===1&&d.strideHeight===1&&d.strideWidth===1&&(d.padInfo.type==="SAME"||d.padInfo.type==="VALID"))m=Np({x:r,filter:s,convInfo:d,backend:e});else if(d.strideWidth<=2&&p==="channelsLast"&&N().getBool("WEBGL_EXP_CONV")){let h=new Xi(d),g=[[d.padInfo.top,d.padInfo.left],[d.strideHeight,d.strideWidth],[d.dilationHeight,d.dilationWidth],[d.inHeight,d.inWidth]];m=e.runWebGLProgram(h,[r,s],"float32",g)}else if(N().getBool("WEBGL_CONV_IM2COL"))m=Rp({x:r,filter:s,convInfo:d,backend:e});else{let h=new ji(d);m=e.runWebGLProgram(h,[r,s],"float32")}let f=z({inputs:{x:m},backend:e,attrs:{shape:d.outShape}});return e.disposeIntermediateTensorInfo(m),f}var t1={kernelName:Qn,backendName:"webgl",kernelFunc:rV};var Ap=class{constructor(t){this.variableNames=["x","dy"],this.outputShape=t.filterShape;let e=t.strideHeight,o=t.strideWidth,r=t.padInfo.top,s=t.padInfo.left,i=t.dataFormat==="channelsLast";this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int d2 = coords.w;

        // Convolve x(?, ?, d1) with dy(:, :, d2) to get dw(wR, wC, d1, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int b = 0; b < ${t.batchSize}; b++) {
          for (int yR = 0; yR < ${t.outHeight}; yR++) {
            int xR = wR + yR * ${e} - ${r};

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${t.outWidth}; yC++) {
              int xC = wC + yC * ${o} - ${s};

              if (xC < 0 || xC >= ${t.inWidth}) {
                continue;
              }

              ${i?`float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);`:`float dyValue = getDy(b, d2, yR, yC);
              float xValue = getX(b, d1, xR, xC);
              dotProd += (xValue * dyValue);`}
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Ep=class{constructor(t){this.variableNames=["dy","W"],this.outputShape=t.inShape;let e=t.filterHeight,o=t.filterWidth,r=t.strideHeight,s=t.strideWidth,i=t.dataFormat==="channelsLast",u=e-1-t.padInfo.top,l=o-1-t.padInfo.left,a=i?1:2,c=i?2:3,p=i?3:1;this.userCode=`
      const ivec2 pads = ivec2(${u}, ${l});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[${p}];

        ivec2 dyCorner = ivec2(coords[${a}], coords[${c}]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        // Convolve dy(?, ?, d2) with w(:, :, d1, d2) to compute dx(xR, xC, d1).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${e}; wR++) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${e} - 1 - wR;

          for (int wC = 0; wC < ${o}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${o} - 1 - wC;

            for (int d2 = 0; d2 < ${t.outChannels}; d2++) {

              if (${i}) {
                float xValue = getDy(batch, idyR, idyC, d2);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              } else {
                float xValue = getDy(batch, d2, idyR, idyC);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }

            }
          }
        }
        setOutput(dotProd);
      }
    `}},Fp=class{constructor(t){this.variableNames=["x","dy"],this.outputShape=t.filterShape;let e=t.strideDepth,o=t.strideHeight,r=t.strideWidth,s=t.padInfo.front,i=t.padInfo.top,u=t.padInfo.left;this.userCode=`
      void main() {
        ivec5 coords = getOutputCoords();
        int wF = coords.x;
        int wR = coords.y;
        int wC = coords.z;
        int d1 = coords.w;
        int d2 = coords.u;

        float dotProd = 0.0;

        for (int b = 0; b < ${t.batchSize}; b++) {
          for (int yF = 0; yF < ${t.outDepth}; yF++) {
            int xF = wF + yF * ${e} - ${s};

            if (xF < 0 || xF >= ${t.inDepth}) {
              continue;
            }

            for (int yR = 0; yR < ${t.outHeight}; yR++) {
              int xR = wR + yR * ${o} - ${i};

              if (xR < 0 || xR >= ${t.inHeight}) {
                continue;
              }

              for (int yC = 0; yC < ${t.outWidth}; yC++) {
                int xC = wC + yC * ${r} - ${u};

                if (xC < 0 || xC >= ${t.inWidth}) {
                  continue;
                }

                float dyValue = getDy(b, yF, yR, yC, d2);
                float xValue = getX(b, xF, xR, xC, d1);
                dotProd += (xValue * dyValue);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Dp=class{constructor(t){this.variableNames=["dy","W"],this.outputShape=t.inShape;let e=t.filterDepth,o=t.filterHeight,r=t.filterWidth,s=t.strideDepth,i=t.strideHeight,u=t.strideWidth,l=e-1-t.padInfo.front,a=o-1-t.padInfo.top,c=r-1-t.padInfo.left;this.userCode=`
      const ivec3 pads = ivec3(${l}, ${a}, ${c});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.u;


        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyFCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        float dotProd = 0.0;
        for (int wF = 0; wF < ${e}; wF++) {
          float dyF = float(dyFCorner + wF) / ${s}.0;

          if (dyF < 0.0 || dyF >= ${t.outDepth}.0 || fract(dyF) > 0.0) {
            continue;
          }
          int idyF = int(dyF);

          int wFPerm = ${e} - 1 - wF;

          for (int wR = 0; wR < ${o}; wR++) {
            float dyR = float(dyRCorner + wR) / ${i}.0;

            if (dyR < 0.0 || dyR >= ${t.outHeight}.0 ||
              fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            int wRPerm = ${o} - 1 - wR;

            for (int wC = 0; wC < ${r}; wC++) {
              float dyC = float(dyCCorner + wC) / ${u}.0;

              if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              int wCPerm = ${r} - 1 - wC;

              for (int d2 = 0; d2 < ${t.outChannels}; d2++) {
                float xValue = getDy(batch, idyF, idyR, idyC, d2);
                float wValue = getW(wFPerm, wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function oV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,dy:s}=t,{strides:i,pad:u,dataFormat:l,dimRoundingMode:a,filterShape:c}=o,p=I.convertConv2DDataFormat(l),d=I.computeConv2DInfo(r.shape,c,i,1,u,a,!1,p),m=new Ap(d);return e.runWebGLProgram(m,[r,s],"float32")}var n1={kernelName:Dl,backendName:"webgl",kernelFunc:oV};var $p=class{constructor(t){this.variableNames=["dy","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"strides",type:"vec2"}],this.outputShape=t.inShape,this.enableShapeUniforms=Le(this.outputShape.length);let e=t.filterHeight,o=t.filterWidth,r=e-1-t.padInfo.top,s=o-1-t.padInfo.left;this.userCode=`
      const ivec2 pads = ivec2(${r}, ${s});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];

        ivec2 dyCorner = ivec2(coords[1], coords[2]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        vec4 result = vec4(0.);
        for (int wR = 0; wR < ${e}; wR++) {
          float dyR = float(dyRCorner + wR) / strides[0];
          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);
          int wRPerm = ${e} - 1 - wR;

          for (int wC = 0; wC < ${o}; wC++) {
            int wCPerm = ${o} - 1 - wC;

            float dyC = float(dyCCorner + wC) / strides[1];
            bool idyCVal = (dyC >= 0.0) && (dyC < ${t.outWidth}.0)
              && (fract(dyC) == 0.0);
            int idyC = int(dyC);

            float dyC2 = float(dyCCorner + wC + 1) / strides[1];
            bool idyCVal2 = (dyC2 >= 0.0) && (dyC2 < ${t.outWidth}.0)
              && (fract(dyC2) == 0.0);
            int idyC2 = int(dyC2);

            if (idyCVal && idyCVal2) {
              for (int d2 = 0; d2 < ${t.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec4 dySample2 = (idyC / 2 == idyC2 / 2) ?
                  dySample : getDy(batch, idyR, idyC2, d2);

                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));

                dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample2.xy : dySample2.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal) {
              for (int d2 = 0; d2 < ${t.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal2) {
              for (int d2 = 0; d2 < ${t.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC2, d2);
                vec2 dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            }
          }
        }
        setOutput(result);
      }
    `}};function sV(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,filter:s}=t,{inputShape:i,strides:u,pad:l,dataFormat:a,dimRoundingMode:c}=o,p=I.convertConv2DDataFormat(a),d=I.computeConv2DInfo(i,s.shape,u,1,l,c,!1,p);if(N().getBool("WEBGL_PACK_CONV2DTRANSPOSE")&&p==="channelsLast"){let m=[[d.strideHeight,d.strideWidth]],f=new $p(d);return e.runWebGLProgram(f,[r,s],"float32",m)}else{let m=new Ep(d);return e.runWebGLProgram(m,[r,s],"float32")}}var r1={kernelName:uo,backendName:"webgl",kernelFunc:sV};function aV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dilations:l}=o,a=I.computeConv3DInfo(r.shape,s.shape,i,l,u),c=new kp(a);return e.runWebGLProgram(c,[r,s],"float32")}var o1={kernelName:lo,backendName:"webgl",kernelFunc:aV};function iV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,dy:s}=t,{strides:i,pad:u,filterShape:l}=o,a=I.computeConv3DInfo(r.shape,l,i,1,u),c=new Fp(a);return e.runWebGLProgram(c,[r,s],"float32")}var s1={kernelName:co,backendName:"webgl",kernelFunc:iV};function uV(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,filter:s}=t,{pad:i,strides:u,inputShape:l}=o,a=I.computeConv3DInfo(l,s.shape,u,1,i),c=new Dp(a);return e.runWebGLProgram(c,[r,s],"float32")}var a1={kernelName:po,backendName:"webgl",kernelFunc:uV};var lV=bn+`
  return cos(x);
`,cV=`
  vec4 result = cos(x);
  bvec4 isNaN = isnan(x);
  ${Jt}
  return result;
`,pV=se({opSnippet:lV,packedOpSnippet:cV}),i1={kernelName:"Cos",backendName:"webgl",kernelFunc:pV};var dV=`
  float e2x = exp(-x);
  return (e2x + 1.0 / e2x) / 2.0;
`,mV=se({opSnippet:dV}),u1={kernelName:mo,backendName:"webgl",kernelFunc:mV};var Mp=class{constructor(t,e,o,r,s){this.variableNames=["Image","Boxes","BoxInd"],this.outputShape=[];let[i,u,l,a]=t,[c]=e,[p,d]=o;this.outputShape=[c,p,d,a];let m=r==="bilinear"?1:0,[f,h]=[`${u-1}.0`,`${l-1}.0`],[g,x,y]=p>1?[`${(u-1)/(p-1)}`,"(y2-y1) * height_ratio",`y1*${f} + float(y)*(height_scale)`]:["0.0","0.0",`0.5 * (y1+y2) * ${f}`],[C,w,S]=d>1?[`${(l-1)/(d-1)}`,"(x2-x1) * width_ratio",`x1*${h} + float(x)*(width_scale)`]:["0.0","0.0",`0.5 * (x1+x2) * ${h}`];this.userCode=`
      const float height_ratio = float(${g});
      const float width_ratio = float(${C});
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int y = coords[1];
        int x = coords[2];
        int d = coords[3];

        // get box vals
        float y1 = getBoxes(b,0);
        float x1 = getBoxes(b,1);
        float y2 = getBoxes(b,2);
        float x2 = getBoxes(b,3);

        // get image in batch index
        int bInd = round(getBoxInd(b));
        if(bInd < 0 || bInd >= ${i}) {
          return;
        }

        float height_scale = ${x};
        float width_scale = ${w};

        float in_y = ${y};
        if( in_y < 0.0 || in_y > ${f} ) {
          setOutput(float(${s}));
          return;
        }
        float in_x = ${S};
        if( in_x < 0.0 || in_x > ${h} ) {
          setOutput(float(${s}));
          return;
        }

        vec2 sourceFracIndexCR = vec2(in_x,in_y);
        if(${m} == 1) {
          // Compute the four integer indices.
          ivec2 sourceFloorCR = ivec2(sourceFracIndexCR);
          ivec2 sourceCeilCR = ivec2(ceil(sourceFracIndexCR));

          float topLeft = getImage(b, sourceFloorCR.y, sourceFloorCR.x, d);
          float bottomLeft = getImage(b, sourceCeilCR.y, sourceFloorCR.x, d);
          float topRight = getImage(b, sourceFloorCR.y, sourceCeilCR.x, d);
          float bottomRight = getImage(b, sourceCeilCR.y, sourceCeilCR.x, d);

          vec2 fracCR = sourceFracIndexCR - vec2(sourceFloorCR);

          float top = topLeft + (topRight - topLeft) * fracCR.x;
          float bottom = bottomLeft + (bottomRight - bottomLeft) * fracCR.x;
          float newValue = top + (bottom - top) * fracCR.y;
          setOutput(newValue);
        } else {
          // Compute the coordinators of nearest neighbor point.
          ivec2 sourceNearestCR = ivec2(floor(
            sourceFracIndexCR + vec2(0.5,0.5)));
          float newValue = getImage(b, sourceNearestCR.y, sourceNearestCR.x, d);
          setOutput(newValue);
        }
      }
    `}};var fV=n=>{let{inputs:t,backend:e,attrs:o}=n,{image:r,boxes:s,boxInd:i}=t,{cropSize:u,method:l,extrapolationValue:a}=o,c=new Mp(r.shape,s.shape,u,l,a);return e.runWebGLProgram(c,[r,s,i],"float32")},l1={kernelName:go,backendName:"webgl",kernelFunc:fV};var na;(function(n){n.Prod="*",n.Sum="+"})(na||(na={}));var Yu=class{constructor(t,e,o,r){this.op=t,this.outputShape=e,this.variableNames=["x"],this.customUniforms=[{name:"index",type:"float"}];let s=this.outputShape.length,i=this.op===na.Prod?"1.0":"0.0",u=o?i:`getX(${c1(s,"coords",this.op)})`,l=this.outputShape[this.outputShape.length-1],a="",c="";o?(a=r?`end != ${l-1}`:"end != 0",c=r?"end + 1":"end - 1"):(a=r?`end + pow2 < ${l}`:"end >= pow2",c=r?"end + pow2":"end - pow2"),this.userCode=`
      void main() {
        ${be(s)} coords = getOutputCoords();
        int end = ${p1(s,"coords",this.op)};
        float val = ${u};
        int pow2 = int(pow(2.0, index));
        if (${a}) {
          int idx = ${c};
          ${p1(s,"coords",this.op)} = idx;
          val ${this.op}= getX(${c1(s,"coords",this.op)});
        }
        setOutput(val);
      }
    `}};function c1(n,t,e){if(n===1)return`${t}`;if(n===2)return`${t}.x, ${t}.y`;if(n===3)return`${t}.x, ${t}.y, ${t}.z`;if(n===4)return`${t}.x, ${t}.y, ${t}.z, ${t}.w`;throw new Error(`Cumulative ${e} for rank ${n} is not yet supported`)}function p1(n,t,e){if(n===1)return`${t}`;if(n===2)return`${t}.y`;if(n===3)return`${t}.z`;if(n===4)return`${t}.w`;throw new Error(`Cumulative ${e} for rank ${n} is not yet supported`)}function Pp(n,t,e,o,r,s){let i=t.shape.length,u=I.getAxesPermutation([o],i),l=t;u!=null&&(l=He({inputs:{x:t},backend:e,attrs:{perm:u}}));let a=I.getInnerMostAxes(1,i)[0];if(a!==i-1)throw new Error(`WebGL cumprod shader expects an inner-most axis=${t.shape.length-1} but got axis=${o}`);let c=l.shape[a],p=rt({inputs:{x:l},backend:e});for(let d=0;d<=Math.ceil(Math.log2(c))-1;d++){let m=new Yu(n,l.shape,!1,s),f=[[d]],h=p;p=e.runWebGLProgram(m,[p],p.dtype,f),e.disposeIntermediateTensorInfo(h)}if(r){let d=new Yu(n,l.shape,r,s),m=p;p=e.runWebGLProgram(d,[p],p.dtype),e.disposeIntermediateTensorInfo(m)}if(u!=null){let d=I.getUndoAxesPermutation(u),m=He({inputs:{x:p},backend:e,attrs:{perm:d}});return e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(l),m}return p}function hV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,exclusive:i,reverse:u}=o;return Pp(na.Prod,r,e,s,i,u)}var d1={kernelName:fo,backendName:"webgl",kernelFunc:hV};function gV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,exclusive:i,reverse:u}=o;return Pp(na.Sum,r,e,s,i,u)}var m1={kernelName:ho,backendName:"webgl",kernelFunc:gV};function xV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,weights:s}=t,{size:i,binaryOutput:u}=o;if(r.shape.length===1){let l=e.readSync(r.dataId),a=e.readSync(s.dataId),c=Zc(l,a,s.dtype,s.shape,i);return e.makeTensorInfo([i],s.dtype,c)}else if(r.shape.length===2){let l=e.bufferSync(r),a=e.bufferSync(s),c=Q0(l,a,i,u);return e.makeTensorInfo(c.shape,s.dtype,c.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${r.shape.length}.`)}var f1={kernelName:Aa,backendName:"webgl",kernelFunc:xV};var Op=class{constructor(t,e,o){this.variableNames=["x"],this.outputShape=[],this.outputShape=t,this.blockSize=e,this.dataFormat=o,this.userCode=`
    void main() {
      ivec4 coords = getOutputCoords();
      int b = coords[0];
      int h = ${this.getHeightCoordString()};
      int w = ${this.getWidthCoordString()};
      int d = ${this.getDepthCoordString()};

      int in_h = h / ${e};
      int offset_h = imod(h, ${e});
      int in_w = w / ${e};
      int offset_w = imod(w, ${e});
      int offset_d = (offset_h * ${e} + offset_w) *
        ${this.getOutputDepthSize()};
      int in_d = d + offset_d;

      float result = ${this.getInputSamplingString()};
      setOutput(result);
    }
  `}getHeightCoordString(){return this.dataFormat==="NHWC"?"coords[1]":"coords[2]"}getWidthCoordString(){return this.dataFormat==="NHWC"?"coords[2]":"coords[3]"}getDepthCoordString(){return this.dataFormat==="NHWC"?"coords[3]":"coords[1]"}getOutputDepthSize(){return this.dataFormat==="NHWC"?this.outputShape[3]:this.outputShape[1]}getInputSamplingString(){return this.dataFormat==="NHWC"?"getX(b, in_h, in_w, in_d)":"getX(b, in_d, in_h, in_w)"}};function bV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{blockSize:s,dataFormat:i}=o,u=r.shape[0],l=i==="NHWC"?r.shape[1]:r.shape[2],a=i==="NHWC"?r.shape[2]:r.shape[3],c=i==="NHWC"?r.shape[3]:r.shape[1],p=l*s,d=a*s,m=c/(s*s),f=i==="NHWC"?[u,p,d,m]:[u,m,p,d],h=new Op(f,s,i);return e.runWebGLProgram(h,[r],r.dtype)}var h1={kernelName:xo,backendName:"webgl",kernelFunc:bV};var Yi=class{constructor(t,e=!1,o=null,r=!1,s=!1){this.variableNames=["x","W"],this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=t.outShape,this.enableShapeUniforms=Le(this.outputShape.length);let i=t.filterHeight,u=t.filterWidth,l=t.outChannels/t.inChannels,a="",c="";o&&(r?a=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${o}
        }`:s?a=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${o}
        }`:a=`
          float activation(float x) {
            ${o}
          }
        `,c="result = activation(result);");let p=e?"result += getBiasAtOutCoords();":"";e&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${a}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${l};
        int q = d2 - d1 * ${l};

        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, q) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        // TO DO(dsmilkov): Flatten the two for loops and vec4 the operations.
        for (int wR = 0; wR < ${i}; wR++) {
          int xR = xRCorner + wR * dilations[0];

          if (xR < 0 || xR >= inDims[0]) {
            continue;
          }

          for (int wC = 0; wC < ${u}; wC++) {
            int xC = xCCorner + wC * dilations[1];

            if (xC < 0 || xC >= inDims[1]) {
              continue;
            }

            float xVal = getX(batch, xR, xC, d1);
            float wVal = getW(wR, wC, d1, q);
            dotProd += xVal * wVal;
          }
        }

        float result = dotProd;
        ${p}
        ${c}
        setOutput(result);
      }
    `}};var Zi=class{constructor(t,e=!1,o=null,r=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=t.outShape,this.enableShapeUniforms=Le(this.outputShape.length);let i=t.outChannels/t.inChannels,u=t.padInfo.left,l=t.strideWidth,a=t.dilationWidth,c=t.filterHeight,p=t.filterWidth,d=p,m=`
      int xR; int xC; int xCOffset;
      vec4 wTexel; vec4 previous; vec4 final;`;for(let x=0;x<p;x++)m+=`
          vec4 xTexelC${x*2};
          int xTexelC${x*2}Ready;
          vec4 xTexelC${x*2+1};
          int xTexelC${x*2+1}Ready;
          vec4 xC${x};`;m+=`
    for (int r = 0; r < ${c}; r++) {
      `;for(let x=0;x<p;x++)m+=`
          xTexelC${x*2} = vec4(0.0);
          xTexelC${x*2}Ready = 0;
          xTexelC${x*2+1} = vec4(0.0);
          xTexelC${x*2+1}Ready = 0;
          xC${x} = vec4(0.0);`;m+=`
        xR = xRCorner + r * dilations[0];
        if (xR >=0 && xR < inDims[0]) {
      `;for(let x=0;x<(d+1)/2;x++){let y=x*2;if(m+=`
          xC = xCCorner + ${y*a};
          `,l===1){if(y<p&&(u%2===1?(m+=`
                xCOffset = xC + 1;
                if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xCOffset, d1);

                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }
              `,a===1&&y>0?m+=`
                xC${y} = vec4(xTexelC${y-2}.zw, xTexelC${y}.xy);
                `:m+=`
                  xCOffset = xC + 1 - 2;

                  if (xCOffset >= 0 && xCOffset < inDims[1]) {
                    previous = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      previous.zw = vec2(0.0);
                    }

                    xC${y} = vec4(previous.zw, xTexelC${y}.xy);
                  } else {
                    xC${y} = vec4(0.0, 0.0, xTexelC${y}.xy);
                  }
                  `):m+=`
                if (xC >= 0 && xC < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                xC${y} = xTexelC${y};
                `,y+1<p)){let C=u%2===0?b.nearestLargerEven(a):a;a%2===0&&u%2===1||a%2!==0&&u%2!==1?(m+=`
                  xCOffset = xC + imod(pads[1], 2) + ${C};

                  if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                    xTexelC${y+1} = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      xTexelC${y+1}.zw = vec2(0.0);
                    }
                    xTexelC${y+1}Ready = 1;
                  }
                  `,a>1?m+=`
                    xCOffset -= 2;
                    if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);
                     xC${y+1} = vec4(previous.zw, xTexelC${y+1}.xy);
                    } else {
                     xC${y+1} = vec4(0.0, 0.0, xTexelC${y+1}.xy);
                    }
                    `:m+=`
                    xC${y+1} = vec4(xTexelC${y}.zw, xTexelC${y+1}.xy);
                    `):C===1?m+=`
                    xC${y+1} = xTexelC${y};
                    `:m+=`
                    xCOffset = xC + ${C};

                    if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                      xTexelC${y+1} = getX(batch, xR, xCOffset, d1);
                      if (xCOffset + 1 >= inDims[1]) {
                        xTexelC${y+1}.zw = vec2(0.0);
                      }
                      xTexelC${y+1}Ready = 1;
                    }

                    xC${y+1} = xTexelC${y+1};
                    `}}else y<p&&(u%2===1?(m+=`
                xCOffset = xC + 1 - strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xCOffset, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${y+1}Ready == 0) {
                  xTexelC${y+1} = getX(batch, xR, xC + 1, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xC + 2 >= inDims[1]) {
                    xTexelC${y+1}.zw = vec2(0.0);
                  }
                  xTexelC${y+1}Ready = 1;
                }

                xC${y} = vec4(xTexelC${y}.zw, xTexelC${y+1}.zw);
              `,y+1<p&&(m+=`
                  final = vec4(0.0);
                  xCOffset = xC + 1 + strides[1];
                  if(xCOffset >= 0 && xCOffset < inDims[1]) {
                    final = getX(batch, xR, xCOffset, d1);
                  }
                  xC${y+1} = vec4(xTexelC${y+1}.xy, final.xy);
                `)):(m+=`
                if(xC >= 0 && xC < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                xCOffset = xC + strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                  xTexelC${y+1} = getX(batch, xR, xCOffset, d1);
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y+1}.zw = vec2(0.);
                  }
                  xTexelC${y+1}Ready = 1;
                }

                xC${y} = vec4(
                  xTexelC${y}.xy, xTexelC${y+1}.xy);
              `,y+1<p&&(m+=`
                  xC${y+1} = vec4(xTexelC${y}.zw, xTexelC${y+1}.zw);
                `)));y<p&&(m+=`
            wTexel = getW(r, ${y}, d1, q);
            dotProd += xC${y} * vec4(wTexel.xz, wTexel.xz);
          `,y+1<p&&(m+=`
              wTexel = getW(r, ${y+1}, d1, q);
              dotProd += xC${y+1} * vec4(wTexel.xz, wTexel.xz);
            `))}m+=`
    }
  `,m+=`
      }
    `;let f="",h="";o&&(r?f=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${o}
        }`:s?f=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${o}
        }`:f=`vec4 activation(vec4 x) {
          ${o}
        }`,h="result = activation(result);");let g=e?"result += getBiasAtOutCoords();":"";e&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${f}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${i};
        int q = d2 - d1 * ${i};
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
        vec4 dotProd = vec4(0.000000000000001);

        ${m}

        vec4 result = dotProd - vec4(0.000000000000001);
        ${g}
        ${h}
        setOutput(result);
      }
    `}};function yV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dilations:l,dimRoundingMode:a}=o,c=l;c==null&&(c=[1,1]),b.assert(I.eitherStridesOrDilationsAreOne(i,c),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${i} and dilations '${c}'`);let p=I.computeConv2DInfo(r.shape,s.shape,i,c,u,a,!0),d;N().getBool("WEBGL_PACK_DEPTHWISECONV")&&p.strideWidth<=2&&p.outChannels/p.inChannels===1?d=new Zi(p):d=new Yi(p);let m=[[p.padInfo.top,p.padInfo.left],[p.strideHeight,p.strideWidth],[p.dilationHeight,p.dilationWidth],[p.inHeight,p.inWidth]];return e.runWebGLProgram(d,[r,s],"float32",m)}var g1={kernelName:bo,backendName:"webgl",kernelFunc:yV};var Bp=class{constructor(t){this.variableNames=["x","dy"],this.outputShape=t.filterShape;let e=t.strideHeight,o=t.strideWidth,r=t.padInfo.top,s=t.padInfo.left,i=t.outChannels/t.inChannels;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int dm = coords.w;
        int d2 = d1 * ${i} + dm;

        float dotProd = 0.0;

        // TO DO: Vec4 over the batch size
        for (int b = 0; b < ${t.batchSize}; b++) {
          for (int yR = 0; yR < ${t.outHeight}; yR++) {
            int xR = wR + yR * ${e} - ${r};

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${t.outWidth}; yC++) {
              int xC = wC + yC * ${o} - ${s};

              if (xC < 0 || xC >= ${t.inWidth}) {
                continue;
              }

              float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Lp=class{constructor(t){this.variableNames=["dy","W"],this.outputShape=t.inShape;let e=t.filterHeight,o=t.filterWidth,r=t.strideHeight,s=t.strideWidth,i=e-1-t.padInfo.top,u=o-1-t.padInfo.left,l=t.outChannels/t.inChannels;this.userCode=`
      const ivec2 pads = ivec2(${i}, ${u});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];
        ivec2 dyCorner = coords.yz - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        float dotProd = 0.0;

        for (int wR = 0; wR < ${e}; wR++) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${e} - 1 - wR;

          for (int wC = 0; wC < ${o}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${o} - 1 - wC;

            // TO DO: Vec4 over the channelMul
            for (int dm = 0; dm < ${l}; dm++) {
              int d2 = d1 * ${l} + dm;
              float xValue = getDy(batch, idyR, idyC, d2);
              float wValue = getW(wRPerm, wCPerm, d1, dm);
              dotProd += xValue * wValue;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function CV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,dy:s}=t,{strides:i,dilations:u,pad:l,dimRoundingMode:a,filterShape:c}=o,p=I.computeConv2DInfo(r.shape,c,i,u,l,a,!0),d=new Bp(p);return e.runWebGLProgram(d,[r,s],"float32")}var x1={kernelName:$l,backendName:"webgl",kernelFunc:CV};function IV(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,filter:s}=t,{strides:i,dilations:u,pad:l,dimRoundingMode:a,inputShape:c}=o,p=I.computeConv2DInfo(c,s.shape,i,u,l,a,!0),d=new Lp(p);return e.runWebGLProgram(d,[r,s],"float32")}var b1={kernelName:Ml,backendName:"webgl",kernelFunc:IV};var Vp=class{constructor(t){this.variableNames=["X"],this.outputShape=[t,t],this.userCode=`
      void main() {
          ivec2 coords = getOutputCoords();
          float val = coords[0] == coords[1] ? getX(coords[0]) : 0.0;
          setOutput(val);
      }
    `}};function wV(n){let{inputs:t,backend:e}=n,{x:o}=t,r=[...o.shape,...o.shape],s=b.sizeFromShape(o.shape),i=z({inputs:{x:o},backend:e,attrs:{shape:[s]}}),u=new Vp(s),l=e.runWebGLProgram(u,[i],i.dtype),a=z({inputs:{x:l},backend:e,attrs:{shape:r}});return e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(l),a}var y1={kernelName:Ea,backendName:"webgl",kernelFunc:wV};var Wp=class{constructor(t){this.variableNames=["x","W"],this.outputShape=t.outShape;let{inHeight:e,inWidth:o,padInfo:r,strideHeight:s,strideWidth:i,filterHeight:u,filterWidth:l,dilationHeight:a,dilationWidth:c}=t,{top:p,left:d}=r;this.userCode=`
      const ivec2 strides = ivec2(${s}, ${i});
      const ivec2 pads = ivec2(${p}, ${d});
      const float neg_infinity = -3.4e38;

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.w;
        ivec2 outTopLeftCorner =
            coords.yz * strides - pads;
        int hBeg = outTopLeftCorner.x;
        int wBeg = outTopLeftCorner.y;

        float curVal = neg_infinity;
        for (int h = 0; h < ${u}; h++) {
          int hIn = hBeg + h * ${a};

          if (hIn >= 0 && hIn < ${e}) {
            for (int w = 0; w < ${l}; w++) {
              int wIn = wBeg + w * ${c};

              if (wIn >= 0 && wIn < ${o}) {
                float xVal = getX(batch, hIn, wIn, d1);
                float wVal = getW(h, w, d1);

                float val = xVal + wVal;
                if (val > curVal) {
                  curVal = val;
                }
              }
            }
          }
        }

        float result = curVal;
        setOutput(result);
      }
    `}};function SV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dilations:l}=o,a=I.computeDilation2DInfo(r.shape,s.shape,i,u,"NHWC",l),c,p=new Wp(a);c=e.runWebGLProgram(p,[r,s],"float32");let d=z({inputs:{x:c},backend:e,attrs:{shape:a.outShape}});return e.disposeIntermediateTensorInfo(c),d}var C1={kernelName:yo,backendName:"webgl",kernelFunc:SV};function vV(n){let{inputs:t,backend:e,attrs:o}=n,{equation:r}=o,s=t,{allDims:i,summedDims:u,idDims:l}=I.decodeEinsumEquation(r,s.length);I.checkEinsumDimSizes(i.length,l,s);let{path:a,steps:c}=I.getEinsumComputePath(u,l),p=c.length,d=null,m=i.length,f=[];for(let h=0;h<p;++h){for(let g of c[h]){let{permutationIndices:x,expandDims:y}=I.getEinsumPermutation(m,l[g]),C;I.isIdentityPermutation(x)?C=s[g]:(C=He({inputs:{x:s[g]},backend:e,attrs:{perm:x}}),f.push(C));let w=C.shape.slice();for(let S=0;S<y.length;++S)w.splice(y[S],0,1);b.arraysEqual(C.shape,w)||(C=z({inputs:{x:C},backend:e,attrs:{shape:w}}),f.push(C)),d===null?d=C:(d=ju({inputs:{a:C,b:d},backend:e}),f.push(d))}h<p-1&&(a[h]>=0&&(d=Js({inputs:{x:d},backend:e,attrs:{axis:a[h]-(i.length-m),keepDims:!1}}),f.push(d)),m--)}for(let h of f)h!==d&&e.disposeIntermediateTensorInfo(h);return d}var I1={kernelName:Pl,backendName:"webgl",kernelFunc:vV};var kV="return (x >= 0.0) ? x : (exp(x) - 1.0);",_V=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,TV=se({opSnippet:kV,packedOpSnippet:_V}),w1={kernelName:"Elu",backendName:"webgl",kernelFunc:TV};var NV="return (b >= 0.0) ? a : a * (b + 1.0);",RV=`
  vec4 bGTEZero = vec4(greaterThanEqual(b, vec4(0.)));
  return (bGTEZero * a) + ((vec4(1.0) - bGTEZero) * (a * (b + vec4(1.0))));
`,AV=n=>{let{inputs:t,backend:e}=n,{dy:o,y:r}=t,s=N().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new Qt(RV,o.shape,r.shape):new Vt(NV,o.shape,r.shape);return e.runWebGLProgram(s,[o,r],o.dtype)},S1={kernelName:Co,backendName:"webgl",kernelFunc:AV};var EV=`
  return vec4(equal(a, b));
`,FV="return float(a == b);",DV=$e({opSnippet:FV,packedOpSnippet:EV,dtype:"bool",cpuKernelImpl:rv}),v1={kernelName:Io,backendName:"webgl",kernelFunc:DV};var $V=`
  // Error function is calculated approximately with elementary function.
  // See "Handbook of Mathematical Functions with Formulas,
  // Graphs, and Mathematical Tables", Abramowitz and Stegun.
  float p = ${I.ERF_P};
  float a1 = ${I.ERF_A1};
  float a2 = ${I.ERF_A2};
  float a3 = ${I.ERF_A3};
  float a4 = ${I.ERF_A4};
  float a5 = ${I.ERF_A5};

  float sign = sign(x);
  x = abs(x);
  float t = 1.0 / (1.0 + p * x);
  return sign * (1.0 - (((((a5*t + a4)*t) + a3)*t + a2)*t + a1)*t*exp(-x*x));
`,MV=se({opSnippet:$V}),k1={kernelName:"Erf",backendName:"webgl",kernelFunc:MV};var PV=bn+`
  return exp(x);
`,OV=`
  vec4 result = exp(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,$x=se({opSnippet:PV,packedOpSnippet:OV,cpuKernelImpl:ov,dtype:"float32"}),_1={kernelName:"Exp",backendName:"webgl",kernelFunc:$x};function Up(n){let{inputs:t,attrs:e,backend:o}=n,{dim:r}=e,{input:s}=t,i=s.shape.length,u=s.shape.slice(),l=r;return r<0&&(b.assert(-(i+1)<=r,()=>`Axis must be in the interval [${-(i+1)}, ${i}]`),l=i+r+1),u.splice(l,0,1),z({inputs:{x:s},backend:o,attrs:{shape:u}})}var T1={kernelName:$a,backendName:"webgl",kernelFunc:Up};var N1="return exp(x) - 1.0;",BV=se({opSnippet:N1,packedOpSnippet:N1,cpuKernelImpl:sv}),R1={kernelName:wo,backendName:"webgl",kernelFunc:BV};var Zu=class{constructor(t,e,o){this.variableNames=["real","imag"];let r=e[1];this.outputShape=e;let s=o?`2.0 * ${Math.PI}`:`-2.0 * ${Math.PI}`,i=o?`${r}.0`:"1.0",u;if(t==="real")u="return real * expR - imag * expI;";else if(t==="imag")u="return real * expI + imag * expR;";else throw new Error(`FFT component must be either "real" or "imag", got ${t}.`);this.userCode=`
      const float exponentMultiplier = ${s};

      float unaryOpComplex(float real, float expR, float imag, float expI) {
        ${u}
      }

      float mulMatDFT(int batch, int index) {
        float indexRatio = float(index) / float(${r});
        float exponentMultiplierTimesIndexRatio =
            exponentMultiplier * indexRatio;

        float result = 0.0;

        for (int i = 0; i < ${r}; i++) {
          // x = (-2|2 * PI / N) * index * i;
          float x = exponentMultiplierTimesIndexRatio * float(i);
          float expR = cos(x);
          float expI = sin(x);
          float real = getReal(batch, i);
          float imag = getImag(batch, i);

          result +=
              unaryOpComplex(real, expR, imag, expI) / ${i};
        }

        return result;
      }

      void main() {
        ivec2 coords = getOutputCoords();
        setOutput(mulMatDFT(coords[0], coords[1]));
      }
    `}};function zp(n,t,e){let o=e.texData.get(n.dataId),r=b.sizeFromShape(n.shape),s=n.shape[n.shape.length-1],i=r/s,u=z({inputs:{x:n},backend:e,attrs:{shape:[i,s]}}),l=u.shape,a=new Zu("real",l,t),c=new Zu("imag",l,t),p=[{dataId:o.complexTensorInfos.real.dataId,dtype:o.complexTensorInfos.real.dtype,shape:l},{dataId:o.complexTensorInfos.imag.dataId,dtype:o.complexTensorInfos.imag.dtype,shape:l}],d=e.runWebGLProgram(a,p,"float32"),m=e.runWebGLProgram(c,p,"float32"),f=Wt({inputs:{real:d,imag:m},backend:e});e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(m);let h=z({inputs:{x:f},backend:e,attrs:{shape:n.shape}});return e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(f),h}function LV(n){let{inputs:t,backend:e}=n,{input:o}=t;return zp(o,!1,e)}var A1={kernelName:"FFT",backendName:"webgl",kernelFunc:LV};var Gp=class{constructor(t,e){this.outputShape=[],this.customUniforms=[{name:"value",type:"float"}],this.variableNames=["x"],this.outputShape=t,this.userCode=`
      void main() {
        // Input can be obtained from uniform value.
        setOutput(value);
      }
    `}};function Sr(n){let{backend:t,attrs:e}=n,{shape:o,value:r}=e,{dtype:s}=e;if(s=s||b.inferDtype(r),s==="string"){let i=b.getArrayFromDType(s,b.sizeFromShape(o));return i.fill(r),t.makeTensorInfo(o,s,i)}else{let i=new Gp(o,r),u=[[r]];return t.runWebGLProgram(i,[],s,u)}}var E1={kernelName:Rr,backendName:"webgl",kernelFunc:Sr};var Hp=class{constructor(t){this.variableNames=["Image"],this.outputShape=[];let e=t[2];this.outputShape=t,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];

          int coordX = ${e} - x - 1;
          float outputValue;
          if(coordX >= 0 && coordX < ${e}) {
            outputValue = getImage(coords[0], coords[1], coordX, coords[3]);
          } else {
            outputValue = getImage(coords[0], coords[1], coords[2], coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var F1={kernelName:So,backendName:"webgl",kernelFunc:({inputs:n,backend:t})=>{let{image:e}=n,o=t,r=new Hp(e.shape);return o.runWebGLProgram(r,[e],e.dtype)}};var D1="return floor(x);",VV=se({opSnippet:D1,packedOpSnippet:D1,cpuKernelImpl:av}),$1={kernelName:vo,backendName:"webgl",kernelFunc:VV};var WV=`
  float s = sign(a) * sign(b);
  int ia = round(a);
  int ib = round(b);
  if (ib != 0) {
    // Windows (D3D) wants guaranteed non-zero int division at compile-time.
    return float(idiv(ia, ib, s));
  } else {
    return NAN;
  }
`,UV=`
  ivec4 ia = round(a);
  ivec4 ib = round(b);
  bvec4 cond = notEqual(ib, ivec4(0));
  ivec4 result = ivec4(0);
  vec4 s = sign(a) * sign(b);

  // Windows (D3D) wants guaranteed non-zero int division at compile-time.
  if (cond[0]) {
    result[0] = idiv(ia[0], ib[0], s[0]);
  }
  if (cond[1]) {
    result[1] = idiv(ia[1], ib[1], s[1]);
  }
  if (cond[2]) {
    result[2] = idiv(ia[2], ib[2], s[2]);
  }
  if (cond[3]) {
    result[3] = idiv(ia[3], ib[3], s[3]);
  }
  return vec4(result);
`,zV=$e({opSnippet:WV,packedOpSnippet:UV,dtype:"int32"}),M1={kernelName:er,backendName:"webgl",kernelFunc:zV};var qp=class{constructor(t){this.variableNames=["A"];let e=Xe(),[o,r]=t;this.outputShape=t,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${r}.0, ${o}.0);

        vec4 values = ${e.texture2D}(A, uv);
        float value;
        if (depth == 0) {
          value = values.r;
        } else if (depth == 1) {
          value = values.g;
        } else if (depth == 2) {
          value = values.b;
        } else if (depth == 3) {
          value = values.a;
        }

        setOutput(floor(value * 255.0 + 0.5));
      }
    `}};var Kp=class{constructor(t){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0;let e=Xe(),[o,r]=t;this.outputShape=t,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];

        vec4 result = vec4(0.);

        for(int row=0; row<=1; row++) {
          for(int col=0; col<=1; col++) {
            texC = coords[1] + row;
            depth = coords[2] + col;

            vec2 uv = (vec2(texC, texR) + halfCR) /
                       vec2(${r}.0, ${o}.0);
            vec4 values = ${e.texture2D}(A, uv);
            float value;
            if (depth == 0) {
              value = values.r;
            } else if (depth == 1) {
              value = values.g;
            } else if (depth == 2) {
              value = values.b;
            } else if (depth == 3) {
              value = values.a;
            }

            result[row * 2 + col] = floor(value * 255.0 + 0.5);
          }
        }

        ${e.output} = result;
      }
    `}};var P1={kernelName:Mb,backendName:"webgl",kernelFunc:GV},Qi,Mx=N().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");function GV(n){let{inputs:t,backend:e,attrs:o}=n,{pixels:r}=t,{numChannels:s}=o,i=typeof HTMLVideoElement<"u"&&r instanceof HTMLVideoElement,u=typeof HTMLImageElement<"u"&&r instanceof HTMLImageElement,[l,a]=i?[r.videoWidth,r.videoHeight]:[r.width,r.height],c=[a,l],p=[a,l,s];if(u||i){let h=N().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");(Qi==null||h!==Mx)&&(Mx=h,Qi=document.createElement("canvas").getContext("2d",{willReadFrequently:Mx})),Qi.canvas.width=l,Qi.canvas.height=a,Qi.drawImage(r,0,0,l,a),r=Qi.canvas}let d=e.makeTensorInfo(c,"int32");e.texData.get(d.dataId).usage=St.PIXELS,e.gpgpu.uploadPixelDataToTexture(e.getTexture(d.dataId),r);let m=N().getBool("WEBGL_PACK")?new Kp(p):new qp(p),f=e.runWebGLProgram(m,[d],"int32");return e.disposeData(d.dataId),f}function HV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s,bias:i,preluActivationWeights:u}=t,{strides:l,pad:a,dataFormat:c,dilations:p,dimRoundingMode:d,activation:m,leakyreluAlpha:f}=o,h=I.convertConv2DDataFormat(c),g=I.computeConv2DInfo(r.shape,s.shape,l,p,a,d,!1,h),x,y=[],C=i!=null,w=u!=null,S=m==="leakyrelu",v=()=>{let T=[r,s],R=(A,F)=>{if(F==="NCHW"&&A.shape.length===1&&A.shape[0]!==1){let D=z({inputs:{x:A},backend:e,attrs:{shape:[A.shape[0],1,1]}});return y.push(D),D}return A};if(C&&T.push(R(i,c)),w&&T.push(R(u,c)),S){let A=e.makeTensorInfo([],"float32",b.createScalarValue(f,"float32"));T.push(A),y.push(A)}return T};if(g.filterHeight===1&&g.filterWidth===1&&g.dilationHeight===1&&g.dilationWidth===1&&g.strideHeight===1&&g.strideWidth===1&&(g.padInfo.type==="SAME"||g.padInfo.type==="VALID"))x=Np({x:r,filter:s,convInfo:g,backend:e,bias:i,activation:m,preluActivationWeights:u,leakyreluAlpha:f});else if(g.strideWidth<=2&&h==="channelsLast"&&N().getBool("WEBGL_EXP_CONV")){let T=m?Ir(m,!0):null,R=new Xi(g,C,T,w,S),A=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],F=v();x=e.runWebGLProgram(R,F,"float32",A)}else if(N().getBool("WEBGL_CONV_IM2COL"))x=Rp({x:r,filter:s,convInfo:g,backend:e,bias:i,activation:m,preluActivationWeights:u,leakyreluAlpha:f});else{let T=m?Ir(m,!1):null,R=new ji(g,C,T,w,S),A=v();x=e.runWebGLProgram(R,A,"float32")}let k=z({inputs:{x},backend:e,attrs:{shape:g.outShape}});return y.push(x),y.forEach(T=>e.disposeIntermediateTensorInfo(T)),k}var O1={kernelName:ws,backendName:"webgl",kernelFunc:HV};function qV(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s,bias:i,preluActivationWeights:u}=t,{strides:l,pad:a,dilations:c,dimRoundingMode:p,activation:d,leakyreluAlpha:m}=o,f=[],h=c;h==null&&(h=[1,1]),b.assert(I.eitherStridesOrDilationsAreOne(l,h),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${l} and dilations '${h}'`);let g=I.computeConv2DInfo(r.shape,s.shape,l,h,a,p,!0),x=N().getBool("WEBGL_PACK_DEPTHWISECONV")&&g.strideWidth<=2&&g.outChannels/g.inChannels===1,y=d?Ir(d,x):null,C=[r,s],w=i!=null,S=u!=null,v=d==="leakyrelu";if(w&&C.push(i),S&&C.push(u),v){let A=e.makeTensorInfo([],"float32",b.createScalarValue(m,"float32"));C.push(A),f.push(A)}let k;x?k=new Zi(g,w,y,S,v):k=new Yi(g,w,y,S,v);let T=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],R=e.runWebGLProgram(k,C,"float32",T);return f.forEach(A=>e.disposeIntermediateTensorInfo(A)),R}var B1={kernelName:Ss,backendName:"webgl",kernelFunc:qV};var jp=class{constructor(t,e,o,r){this.sliceDim=t,this.strides=e,this.paramsShape=r,this.variableNames=["x","indices"],this.outputShape=o;let s=be(o.length),i=`
    int index;`;for(let u=0;u<this.sliceDim;u++)i+=`
          index = round(getIndices(coords[0], ${u}));
          out_of_bounds = out_of_bounds || index < 0;
          out_of_bounds = out_of_bounds || index >= ${this.paramsShape[u]};
          flattenIndex += index * ${this.strides[u]};`;this.userCode=`
         void main() {
          ${s} coords = getOutputCoords();
          int flattenIndex = 0;
          bool out_of_bounds = false;

          ${i}

          setOutput(out_of_bounds ? 0.0 : getX(flattenIndex, coords[1]));
        }
      `}};function KV(n){let{inputs:t,backend:e}=n,{params:o,indices:r}=t,s=r.shape,i=s[s.length-1],u=b.sizeFromShape(o.shape),[l,a,c,p]=I.prepareAndValidate(o,r),d=z({inputs:{x:r},backend:e,attrs:{shape:[a,i]}}),m=z({inputs:{x:o},backend:e,attrs:{shape:[b.sizeFromShape(o.shape)/c,c]}});if(e.shouldExecuteOnCPU([o,r])||o.dtype==="string"){let x=e.readSync(r.dataId),y=e.bufferSync(o),C=iv(x,y,o.dtype,a,i,c,p,o.shape,u);return e.makeTensorInfo(l,o.dtype,C.values)}let f=new jp(i,p,[a,c],o.shape),h=e.runWebGLProgram(f,[m,d],m.dtype),g=z({inputs:{x:h},backend:e,attrs:{shape:l}});return e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(h),g}var L1={kernelName:_o,backendName:"webgl",kernelFunc:KV};var Xp=class{constructor(t,e){this.variableNames=["A","indices"],this.outputShape=e,this.rank=e.length;let o=be(this.rank),r=jV(t,2);this.userCode=`
      void main() {
        ${o} resRC = getOutputCoords();
        int index = int(getIndices(resRC.x, resRC.z));
        float inBounds = (index >= 0) && (index < ${t[2]}) ? 1.0 : 0.0;
        setOutput(inBounds * getA(${r}));
      }
    `}};function jV(n,t){let e=["resRC.x","resRC.y","resRC.z","resRC.w"],o=[];for(let r=0;r<n.length;r++)r===2?o.push("index"):o.push(`${e[r]}`);return o.join()}function Px(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,indices:s}=t,{axis:i,batchDims:u}=o,l=b.parseAxisParam(i,r.shape)[0];if(N().get("DEBUG")){let y=e.readSync(s.dataId),C=r.shape[l];for(let w=0;w<y.length;++w){let S=y[w];b.assert(S<=C-1&&S>=0,()=>`GatherV2: the index value ${S} is not in [0, ${C-1}]`)}}let a=I.segment_util.collectGatherOpShapeInfo(r,s,l,u),c=b.sizeFromShape(s.shape),p=[],d=z({inputs:{x:r},backend:e,attrs:{shape:[a.batchSize,a.outerSize,a.dimSize,a.sliceSize]}}),m=z({inputs:{x:s},backend:e,attrs:{shape:[a.batchSize,c/a.batchSize]}});p.push(d),p.push(m);let f=[a.batchSize,a.outerSize,c/a.batchSize,a.sliceSize];if(e.shouldExecuteOnCPU([r,s])||r.dtype==="string"){let y=e.bufferSync(m),C=e.bufferSync(d),w=uv(C,y,f);return p.forEach(S=>e.disposeIntermediateTensorInfo(S)),e.makeTensorInfo(a.outputShape,w.dtype,w.values)}let h=new Xp(d.shape,f),g=e.runWebGLProgram(h,[d,m],d.dtype);p.push(g);let x=z({inputs:{x:g},backend:e,attrs:{shape:a.outputShape}});return p.forEach(y=>e.disposeIntermediateTensorInfo(y)),x}var V1={kernelName:Ma,backendName:"webgl",kernelFunc:Px};var XV="return float(a > b);",YV=`
  return vec4(greaterThan(a, b));
`,ZV=$e({opSnippet:XV,packedOpSnippet:YV,cpuKernelImpl:lv,dtype:"bool"}),W1={kernelName:To,backendName:"webgl",kernelFunc:ZV};var QV="return float(a >= b);",JV=`
  return vec4(greaterThanEqual(a, b));
`,eW=$e({opSnippet:QV,packedOpSnippet:JV,dtype:"bool",cpuKernelImpl:cv}),U1={kernelName:No,backendName:"webgl",kernelFunc:eW};function tW(n){let{inputs:t,backend:e}=n,{input:o}=t;return zp(o,!0,e)}var z1={kernelName:Ol,backendName:"webgl",kernelFunc:tW};var nW="return float(!isnan(x) && !isinf(x));",rW=se({opSnippet:nW,dtype:"bool"}),G1={kernelName:Ro,backendName:"webgl",kernelFunc:rW};var oW="return float(isinf(x));",sW=se({opSnippet:oW,dtype:"bool"}),H1={kernelName:Ao,backendName:"webgl",kernelFunc:sW};var aW="return float(isnan(x));",iW=se({opSnippet:aW,dtype:"bool"}),q1={kernelName:Eo,backendName:"webgl",kernelFunc:iW};var uW="return float(a < b);",lW=`
  return vec4(lessThan(a, b));
`,cW=$e({opSnippet:uW,packedOpSnippet:lW,cpuKernelImpl:pv,dtype:"bool"}),K1={kernelName:Fo,backendName:"webgl",kernelFunc:cW};var pW="return float(a <= b);",dW=`
  return vec4(lessThanEqual(a, b));
`,mW=$e({opSnippet:pW,packedOpSnippet:dW,cpuKernelImpl:dv,dtype:"bool"}),j1={kernelName:Do,backendName:"webgl",kernelFunc:mW};function fW(n){let{backend:t,attrs:e}=n,{start:o,stop:r,num:s}=e,i=mv(o,r,s);return t.makeTensorInfo([i.length],"float32",i)}var X1={kernelName:$o,backendName:"webgl",kernelFunc:fW};var hW=bn+`
  return x < 0.0 ? 0./0. : log(x);
`,gW=`
  vec4 result = log(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : (x.r < 0.0 ? 0./0. : result.r);
  result.g = isNaN.g ? x.g : (x.g < 0.0 ? 0./0. : result.g);
  result.b = isNaN.b ? x.b : (x.b < 0.0 ? 0./0. : result.b);
  result.a = isNaN.a ? x.a : (x.a < 0.0 ? 0./0. : result.a);
  return result;
`,xW=se({opSnippet:hW,packedOpSnippet:gW,cpuKernelImpl:fv}),Y1={kernelName:"Log",backendName:"webgl",kernelFunc:xW};var bW=bn+`
  return log(1.0 + x);
`,yW=se({opSnippet:bW}),Z1={kernelName:Mo,backendName:"webgl",kernelFunc:yW};var CW="return float(a >= 1.0 && b >= 1.0);",IW=`
  return vec4(
    vec4(greaterThanEqual(a, vec4(1.0))) *
    vec4(greaterThanEqual(b, vec4(1.0))));
`,wW=$e({opSnippet:CW,packedOpSnippet:IW,dtype:"bool"}),Q1={kernelName:Po,backendName:"webgl",kernelFunc:wW};var SW="return float(!(x >= 1.0));",vW=se({opSnippet:SW}),J1={kernelName:Oo,backendName:"webgl",kernelFunc:vW};var kW="return float(a >= 1.0 || b >= 1.0);",_W=`
  return min(
    vec4(greaterThanEqual(a, vec4(1.0))) +
    vec4(greaterThanEqual(b, vec4(1.0))),
    vec4(1.0));
`,TW=$e({opSnippet:kW,packedOpSnippet:_W,dtype:"bool"}),e_={kernelName:Bo,backendName:"webgl",kernelFunc:TW};var Yp=class{constructor(t,e,o,r,s){this.variableNames=["x"],this.outputShape=[];let i=e,u=t[3]-1;this.outputShape=t;let l,a=`float(${o}) + float(${r}) * sum`;s===.5?l=`inversesqrt(${a})`:s===1?l=`1.0/(${a})`:l=`exp(log(${a}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];
        int d = coords[3];
        float x = getX(b, r, c, d);
        float sum = 0.0;
        for (int j = -${i}; j <= ${i}; j++) {
          int idx = d + j;
          if (idx >= 0 && idx <=  ${u}) {
            float z = getX(b, r, c, idx);
            sum += z * z;
          }
        }
        float val = x * ${l};
        setOutput(val);
      }
    `}};var Zp=class{constructor(t,e,o,r,s){this.variableNames=["x"],this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0;let i=e,u=t[3]-1;this.outputShape=t;let l,a=`float(${o}) + float(${r}) * sum`;s===.5?l=`inversesqrt(${a})`:s===1?l=`1.0/(${a})`:l=`exp(log(${a}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords.x;
        int r = coords.y;
        int c = coords.z;
        int d = coords.w;

        bool hasNextCol = d < ${this.outputShape[3]};
        bool hasNextRow = c < ${this.outputShape[2]};

        vec4 sum = vec4(0.);
        vec4 xFragAtOutputCoords = getX(b, r, c, d);

        vec4 xAtOutputCoords = vec4(
          getChannel(xFragAtOutputCoords, vec2(c, d)),
          hasNextCol ?
            getChannel(xFragAtOutputCoords, vec2(c, d + 1)) : 0.0,
          hasNextRow ?
            getChannel(xFragAtOutputCoords , vec2(c + 1, d)) : 0.0,
          (hasNextRow && hasNextCol) ?
            getChannel(xFragAtOutputCoords, vec2(c + 1, d + 1)) : 0.0
        );

        int firstChannel = d - ${i};
        vec2 cache = vec2(0.);
        if(firstChannel >= 0){
          vec4 firstChannelFrag = getX(b, r, c, firstChannel);
          cache.x = getChannel(firstChannelFrag, vec2(c, firstChannel));
            if(hasNextRow){
              cache.y = getChannel(firstChannelFrag, vec2(c + 1, firstChannel));
            }
        }

        ivec2 depth = ivec2(d, d + 1);
        for (int j = - ${i}; j <= ${i}; j++) {
          ivec2 idx = depth + j;
          bvec2 aboveLowerBound = greaterThanEqual(idx, ivec2(0));
          bvec2 belowUpperBound = lessThanEqual(idx, ivec2(${u}));

          bool depthInRange = aboveLowerBound.x && belowUpperBound.x;
          bool depthPlusOneInRange = aboveLowerBound.y && belowUpperBound.y;

          if(depthInRange || depthPlusOneInRange){
            vec4 z = vec4(0.);
            vec4 xFragAtCurrentDepth;
            z.xz = cache.xy;
            if(depthPlusOneInRange && hasNextCol){
              xFragAtCurrentDepth = idx.y != d ?
                getX(b, r, c, idx.y) : xFragAtOutputCoords;
              z.y = getChannel(xFragAtCurrentDepth, vec2(c, idx.y));
              if(hasNextRow){
                z.w = getChannel(xFragAtCurrentDepth, vec2(c + 1, idx.y));
              }
            }
            cache.xy = z.yw;
            sum += z * z;
          }
        }
        vec4 result = xAtOutputCoords * ${l};
        setOutput(result);
      }
    `}};var NW=n=>{let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{depthRadius:s,bias:i,alpha:u,beta:l}=o,a=N().getBool("WEBGL_PACK_NORMALIZATION")?new Zp(r.shape,s,i,u,l):new Yp(r.shape,s,i,u,l);return e.runWebGLProgram(a,[r],r.dtype)},t_={kernelName:"LRN",backendName:"webgl",kernelFunc:NW};var Qp=class{constructor(t,e,o,r,s){this.variableNames=["inputImage","outputImage","dy"],this.outputShape=[],this.outputShape=t,this.depth=t[3],this.depthRadius=e,this.bias=o,this.alpha=r,this.beta=s,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];

        float result = 0.0;
        for (int d = 0; d < ${this.depth}; ++d) {
          int depthBegin = int(max(0.0, float(d - ${e})));
          int depthEnd = int(min(float(${this.depth}),
              float(d + ${e} + 1)));

          const int MIN_DEPTH_BEGIN = 0;
          const int MAX_DEPTH_END = ${this.depth};

          float norm = 0.0;
          for (int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k) {
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd) {
              norm += getInputImage(b, r, c, k) * getInputImage(b, r, c, k);
            }
            else {
              break;
            }
          }

          norm = float(${r}) * norm + float(${o});

          for(int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k){
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd){
              float dyi = -2.0 * float(${r})
                * float(${s})
                * getInputImage(b, r, c, k) * getOutputImage(b, r, c, d)
                / norm;
              if (k == d) {
                dyi += pow(norm, -1.0 * ${s});
              }
              if (k == coords[3]) {
                dyi *= getDy(b, r, c, d);
                result += dyi;
              }
            }
            else {
              break;
            }
          }
      }
      setOutput(result);
      }
    `}};var RW=n=>{let{inputs:t,backend:e,attrs:o}=n,{x:r,y:s,dy:i}=t,{depthRadius:u,bias:l,alpha:a,beta:c}=o,p=new Qp(r.shape,u,l,a,c);return e.runWebGLProgram(p,[r,s,i],r.dtype)},n_={kernelName:Lo,backendName:"webgl",kernelFunc:RW};function r_(n,t,e,o){let r=b.sizeFromShape(t),i=b.sizeFromShape(n.shape)/r,u=z({inputs:{x:n},attrs:{shape:[i,r]},backend:o}),l=en(u,n.dtype,"max",o),a=z({inputs:{x:l},attrs:{shape:e},backend:o});return o.disposeIntermediateTensorInfo(u),o.disposeIntermediateTensorInfo(l),a}function Ox(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{reductionIndices:s,keepDims:i}=o,u=r.shape.length,l=b.parseAxisParam(s,r.shape),a=l,c=I.getAxesPermutation(a,u),p=c!=null,d=e.shouldExecuteOnCPU([r]),m=r;if(p){if(d){let C=e.texData.get(m.dataId).values,w=new Array(u);for(let k=0;k<w.length;k++)w[k]=r.shape[c[k]];let S=Qs(C,r.shape,r.dtype,c,w);m=e.makeTensorInfo(w,r.dtype);let v=e.texData.get(m.dataId);v.values=S}else m=Vr(r,c,e);a=I.getInnerMostAxes(a.length,u)}I.assertAxesAreInnerMostDims("max",a,u);let[f,h]=I.computeOutAndReduceShapes(m.shape,a),g=f;i&&(g=I.expandShapeToKeepDim(f,l));let x;if(d){let C=e.texData.get(m.dataId).values,w=hv(C,b.sizeFromShape(h),g,r.dtype);x=e.makeTensorInfo(g,r.dtype);let S=e.texData.get(x.dataId);S.values=w}else x=r_(m,h,g,e);return p&&e.disposeIntermediateTensorInfo(m),x}var o_={kernelName:"Max",backendName:"webgl",kernelFunc:Ox};var AW=Hi+`
  return max(a, b);
`,EW=`
  vec4 result = vec4(max(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Jt+`
  return result;
`,FW=$e({opSnippet:AW,packedOpSnippet:EW,cpuKernelImpl:gv}),s_={kernelName:nr,backendName:"webgl",kernelFunc:FW};function DW(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t;zn(r,"maxPool");let{filterSize:s,strides:i,pad:u,dimRoundingMode:l}=o,a=1;b.assert(I.eitherStridesOrDilationsAreOne(i,a),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${a}'`);let c=I.computePool2DInfo(r.shape,s,i,a,u,l);if(c.filterWidth===1&&c.filterHeight===1&&b.arraysEqual(c.inShape,c.outShape))return rt({inputs:{x:r},backend:e});let p=new Rn(c,"max",!1);return e.runWebGLProgram(p,[r],r.dtype)}var a_={kernelName:rr,backendName:"webgl",kernelFunc:DW};function $W(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{filterSize:s,strides:i,pad:u,dataFormat:l,dimRoundingMode:a}=o,c=[1,1,1],p=I.computePool3DInfo(r.shape,s,i,c,u,a,l),d=new Wr(p,"max",!1);return e.runWebGLProgram(d,[r],r.dtype)}var i_={kernelName:Oa,backendName:"webgl",kernelFunc:$W};var Jp=class{constructor(t){this.variableNames=["dy","maxPos"],this.outputShape=t.inShape;let e=t.strideHeight,o=t.strideWidth,r=t.dilationHeight,s=t.effectiveFilterHeight,i=t.effectiveFilterWidth,u=s-1-t.padInfo.top,l=i-1-t.padInfo.left,a=s*i-1;this.userCode=`
      const ivec2 pads = ivec2(${u}, ${l});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${s};
          wR += ${r}) {
          float dyR = float(dyRCorner + wR) / ${e}.0;

          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${i}; wC++) {
            float dyC = float(dyCCorner + wC) / ${o}.0;

            if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);
            int maxPosValue = ${a} - int(getMaxPos(b, idyR, idyC, d));

            // Get the current value, check it against the value from the
            // position matrix.
            int curPosValue = wR * ${i} + wC;
            float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

            dotProd += dyValue * mask;
          }
        }
        setOutput(dotProd);
      }
    `}},ed=class{constructor(t){this.variableNames=["dy","maxPos"],this.outputShape=t.inShape;let e=t.strideDepth,o=t.strideHeight,r=t.strideWidth,s=t.dilationDepth,i=t.dilationHeight,u=t.dilationWidth,l=t.effectiveFilterDepth,a=t.effectiveFilterHeight,c=t.effectiveFilterWidth,p=l-1-t.padInfo.front,d=a-1-t.padInfo.top,m=c-1-t.padInfo.left,f=l*a*c-1;this.userCode=`
      const ivec3 pads = ivec3(${p}, ${d}, ${m});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, ch) with pos mask(:, :, :, d) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${l};
           wD += ${s}) {
          float dyD = float(dyDCorner + wD) / ${e}.0;

          if (dyD < 0.0 || dyD >= ${t.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${a};
              wR += ${i}) {
            float dyR = float(dyRCorner + wR) / ${o}.0;

            if (dyR < 0.0 || dyR >= ${t.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${c};
                wC += ${u}) {
              float dyC = float(dyCCorner + wC) / ${r}.0;

              if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);
              int maxPosValue = ${f} -
                  int(getMaxPos(batch, idyD, idyR, idyC, ch));

              // Get the current value, check it against the value from the
              // position matrix.
              int curPosValue =
                  wD * ${a} * ${c} +
                  wR * ${c} + wC;
              float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

              dotProd += dyValue * mask;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function MW(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,i=s,{filterSize:u,strides:l,pad:a,dimRoundingMode:c}=o,p=[1,1,1],d=I.computePool3DInfo(i.shape,u,l,p,a,c),m=new Wr(d,"max",!0),f=e.runWebGLProgram(m,[i],i.dtype),h=new ed(d),g=e.runWebGLProgram(h,[r,f],i.dtype);return e.disposeIntermediateTensorInfo(f),g}var u_={kernelName:Ba,backendName:"webgl",kernelFunc:MW};function PW(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s,output:i}=t,u=s;zn([s,i],"maxPoolGrad");let{filterSize:l,strides:a,pad:c,dimRoundingMode:p}=o,d=I.computePool2DInfo(u.shape,l,a,1,c,p),m=!0,f=new Rn(d,"max",m),h=e.runWebGLProgram(f,[u],u.dtype),g=new Jp(d),x=e.runWebGLProgram(g,[r,h],u.dtype);return e.disposeIntermediateTensorInfo(h),x}var l_={kernelName:Pa,backendName:"webgl",kernelFunc:PW};function c_(n,t,e,o){let r=new Rn(e,"max",!1),s=o.runWebGLProgram(r,[n],"float32");r=new Rn(e,"max",!0,!0,t);let i=o.runWebGLProgram(r,[n],"float32");return[s,i]}var p_={kernelName:La,backendName:"webgl",kernelFunc:({inputs:n,attrs:t,backend:e})=>{let{x:o}=n,{filterSize:r,strides:s,pad:i,includeBatchInIndex:u}=t,l=e;b.assert(o.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${o.shape.length}.`);let a=[1,1];b.assert(I.eitherStridesOrDilationsAreOne(s,a),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${s} and dilations '${a}'`);let c=I.computePool2DInfo(o.shape,r,s,a,i),[p,d]=c_(o,u,c,l);return[p,d]}};function d_(n,t,e,o){let r=b.sizeFromShape(t),i=b.sizeFromShape(n.shape)/r,u=z({inputs:{x:n},attrs:{shape:[i,r]},backend:o}),l=en(u,"float32","mean",o),a=z({inputs:{x:l},attrs:{shape:e},backend:o});return o.disposeIntermediateTensorInfo(u),o.disposeIntermediateTensorInfo(l),a}var m_={kernelName:Vo,backendName:"webgl",kernelFunc:({inputs:n,attrs:t,backend:e})=>{let{x:o}=n,{keepDims:r,axis:s}=t,i=e,u=o.shape.length,l=b.parseAxisParam(s,o.shape),a=l,c=I.getAxesPermutation(a,u),p=c!=null,d=i.shouldExecuteOnCPU([o]),m=[],f=o;if(p){if(d){let w=i.texData.get(f.dataId).values,S=new Array(u);for(let T=0;T<S.length;T++)S[T]=o.shape[c[T]];let v=Qs(w,o.shape,o.dtype,c,S);f=i.makeTensorInfo(S,o.dtype);let k=i.texData.get(f.dataId);k.values=v}else f=Vr(o,c,i);m.push(f),a=I.getInnerMostAxes(a.length,u)}I.assertAxesAreInnerMostDims("sum",a,u);let[h,g]=I.computeOutAndReduceShapes(f.shape,a),x=h;r&&(x=I.expandShapeToKeepDim(h,l));let y=d_(f,g,x,i);for(let C of m)i.disposeIntermediateTensorInfo(C);return y}};function OW(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o,u=r.shape.length,l=b.parseAxisParam(s,r.shape),a=l,c=I.getAxesPermutation(a,u),p=r;c!=null&&(p=He({inputs:{x:r},backend:e,attrs:{perm:c}}),a=I.getInnerMostAxes(a.length,r.shape.length)),I.assertAxesAreInnerMostDims("min",a,u);let[d,m]=I.computeOutAndReduceShapes(p.shape,a),f=b.sizeFromShape(m),h=z({inputs:{x:p},backend:e,attrs:{shape:[-1,f]}}),g=en(h,h.dtype,"min",e),x;if(i){let y=I.expandShapeToKeepDim(d,l);x=z({inputs:{x:g},backend:e,attrs:{shape:y}})}else x=z({inputs:{x:g},backend:e,attrs:{shape:d}});return e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(g),c!=null&&e.disposeIntermediateTensorInfo(p),x}var f_={kernelName:"Min",backendName:"webgl",kernelFunc:OW};var BW=Hi+`
  return min(a, b);
`,LW=`
  vec4 result = vec4(min(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Jt+`
  return result;
`,VW=$e({opSnippet:BW,packedOpSnippet:LW,cpuKernelImpl:xv}),h_={kernelName:Wo,backendName:"webgl",kernelFunc:VW};var td=class{constructor(t,e,o){this.variableNames=["x"],this.outputShape=e.map((c,p)=>c[0]+t[p]+c[1]);let r=t.length,s=be(r),i=e.map(c=>c[0]).join(","),u=e.map((c,p)=>c[0]+t[p]).join(","),l=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,r),a=o==="reflect"?0:1;if(r===1){this.userCode=`
        int start = ${i};
        int end = ${u};

        void main() {
          int outC = getOutputCoords();
          if (outC < start) {
            outC = start * 2 - outC - ${a};
          } else if(outC >= end) {
            outC = (end - 1) * 2 - outC + ${a};
          }
          setOutput(getX(outC - start));
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${i});
      ${s} end = ${s}(${u});

      void main() {
        ${s} outC = getOutputCoords();
        for (int i = 0; i < ${r}; i++) {
          if (outC[i] < start[i]) {
            outC[i] = start[i] * 2 - outC[i] - ${a};
          } else if(outC[i] >= end[i]) {
            outC[i] = (end[i] - 1) * 2 - outC[i] + ${a};
          }
        }
        ${s} coords = outC - start;
        setOutput(getX(${l}));
      }
    `}};var nd=class{constructor(t,e,o){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e.map((f,h)=>f[0]+t[h]+f[1]);let r=t.length,s=be(r),i=e.map(f=>f[0]).join(","),u=e.map((f,h)=>f[0]+t[h]).join(","),l=nt("rc",r),a=nt("source",r),c=`${l[r-1]} < ${this.outputShape[r-1]}`,p=r===1?"source":`vec2(${a.slice(-2).join()})`,d=o==="reflect"?0:1,m="";if(r===1){let f=`
        ${s} source = rc;
        if (source < start) {
          source = start * 2 - source - ${d};
        } else if (source >= end) {
          source = (end - 1) * 2 - source + ${d};
        }
        source -= start;
      `;m=`
        ${s} rc = outputLoc;
        ${f}
        result[0] = getChannel(getX(${a.join()}), ${p});
        ${l[r-1]} += 1;
        if(${c}) {
          ${f}
          result[1] = getChannel(getX(${a.join()}), ${p});
        }
      `}else{let f=`
        ${s} source = rc;
        ${s} lt = ${s}(lessThan(source, start));
        ${s} gte = ${s}(greaterThanEqual(source, end));
        ${s} orig = 1 - (lt + gte);
        source = orig * source +
                lt * (start * 2 - source - ${d}) +
                gte * ((end - 1) * 2 - source + ${d});
        source -= start;
      `;m=`
        ${s} rc = outputLoc;
        ${f}
        result[0] = getChannel(getX(${a.join()}), ${p});
        ${l[r-1]} += 1;
        if(${c}) {
          ${f}
          result[1] = getChannel(getX(${a.join()}), ${p});
        }
        rc = outputLoc;
        ${l[r-2]} += 1;
        if(${l[r-2]} < ${this.outputShape[r-2]}) {
          ${f}
          result[2] = getChannel(getX(${a.join()}), ${p});
          ${l[r-1]} += 1;
          if(${c}) {
            ${f}
            result[3] = getChannel(getX(${a.join()}), ${p});
          }
        }
      `}this.userCode=`
      const ${s} start = ${s}(${i});
      const ${s} end = ${s}(${u});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${m}
        setOutput(result);
      }
    `}};var WW=({inputs:n,backend:t,attrs:e})=>{let{x:o}=n,{paddings:r,mode:s}=e,i=N().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new nd(o.shape,r,s):new td(o.shape,r,s);return t.runWebGLProgram(i,[o],o.dtype)},g_={kernelName:Uo,backendName:"webgl",kernelFunc:WW};var UW=`if (b == 0.0) return NAN;
  return mod(a, b);`,zW=`
  vec4 result = mod(a, b);
  bvec4 isNaN = equal(b, vec4(0.0));
  `+Jt+`
  return result;
`,GW=$e({opSnippet:UW,packedOpSnippet:zW}),x_={kernelName:"Mod",backendName:"webgl",kernelFunc:GW};var rd=class{constructor(t,e,o){this.variableNames=["probs"],this.customUniforms=[{name:"seed",type:"float"}],this.outputShape=[t,o],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];

        float r = random(seed);
        float cdf = 0.0;

        for (int i = 0; i < ${e-1}; i++) {
          cdf += getProbs(batch, i);

          if (r < cdf) {
            setOutput(float(i));
            return;
          }
        }

        // If no other event happened, last event happened.
        setOutput(float(${e-1}));
      }
    `}};var HW=`
if (a == b) {
  return 1.0;
};
return a / b;`,qW=`
  // vec4 one = vec4(equal(a, b));
  // return one + (vec4(1.0) - one) * a / b;
  vec4 result = a / b;
  if(a.x == b.x) {
    result.x = 1.;
  }
  if(a.y == b.y) {
    result.y = 1.;
  }
  if(a.z == b.z) {
    result.z = 1.;
  }
  if(a.w == b.w) {
    result.w = 1.;
  }

  return result;
`,Bx=$e({opSnippet:HW,packedOpSnippet:qW,checkOutOfBounds:!0}),b_={kernelName:Jn,backendName:"webgl",kernelFunc:Bx};var y_="return a - b;",Lx=$e({opSnippet:y_,packedOpSnippet:y_,supportsComplex:!0,cpuKernelImpl:Bv}),C_={kernelName:"Sub",backendName:"webgl",kernelFunc:Lx};function Vx(n){let{inputs:t,backend:e,attrs:o}=n,{logits:r}=t,{dim:s}=o,i=b.parseAxisParam([s],r.shape),u=Ox({inputs:{x:r},backend:e,attrs:{reductionIndices:i,keepDims:!1}}),l=I.expandShapeToKeepDim(u.shape,i),a=z({inputs:{x:u},backend:e,attrs:{shape:l}}),c=Lx({inputs:{a:r,b:a},backend:e}),p=$x({inputs:{x:c},backend:e}),d=Js({inputs:{x:p},backend:e,attrs:{axis:i,keepDims:!1}}),m=z({inputs:{x:d},backend:e,attrs:{shape:l}}),f=Bx({inputs:{a:p,b:m},backend:e});return e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(a),e.disposeIntermediateTensorInfo(c),e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(m),f}var I_={kernelName:cr,backendName:"webgl",kernelFunc:Vx};function KW(n){let{inputs:t,backend:e,attrs:o}=n,{logits:r}=t,{numSamples:s,seed:i,normalized:u}=o,l=u?r:Vx({inputs:{logits:r},backend:e,attrs:{dim:r.shape.length-1}}),a=l.shape[0],c=l.shape[1],p=new rd(a,c,s),d=[[i]],m=e.runWebGLProgram(p,[l],"int32",d);return u||e.disposeIntermediateTensorInfo(l),m}var w_={kernelName:zo,backendName:"webgl",kernelFunc:KW};var jW=ut+`
  return -x;
`,XW=`
  vec4 result = -x;
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`;function YW(n){let{inputs:t,backend:e}=n,{x:o}=t;if(e.shouldExecuteOnCPU([o])){let s=e.texData.get(o.dataId),[i,u]=yv(s.values,o.shape,o.dtype);return e.makeTensorInfo(u,o.dtype,i)}let r;return N().getBool("WEBGL_PACK_UNARY_OPERATIONS")?r=new Lt(o.shape,XW):r=new xt(o.shape,jW),e.runWebGLProgram(r,[o],o.dtype)}var S_={kernelName:"Neg",backendName:"webgl",kernelFunc:YW};var ZW=It.nonMaxSuppressionV3Impl;function QW(n){I.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:t,backend:e,attrs:o}=n,{boxes:r,scores:s}=t,{maxOutputSize:i,iouThreshold:u,scoreThreshold:l}=o,a=e.readSync(r.dataId),c=e.readSync(s.dataId),{selectedIndices:p}=ZW(a,c,i,u,l);return e.makeTensorInfo([p.length],"int32",new Int32Array(p))}var v_={kernelName:Ho,backendName:"webgl",kernelFunc:QW};var JW=It.nonMaxSuppressionV4Impl;function eU(n){I.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:t,backend:e,attrs:o}=n,{boxes:r,scores:s}=t,{maxOutputSize:i,iouThreshold:u,scoreThreshold:l,padToMaxOutputSize:a}=o,c=e.readSync(r.dataId),p=e.readSync(s.dataId),{selectedIndices:d,validOutputs:m}=JW(c,p,i,u,l,a);return[e.makeTensorInfo([d.length],"int32",new Int32Array(d)),e.makeTensorInfo([],"int32",new Int32Array([m]))]}var k_={kernelName:qo,backendName:"webgl",kernelFunc:eU};var tU=It.nonMaxSuppressionV5Impl;function nU(n){I.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:t,backend:e,attrs:o}=n,{boxes:r,scores:s}=t,{maxOutputSize:i,iouThreshold:u,scoreThreshold:l,softNmsSigma:a}=o,c=e.readSync(r.dataId),p=e.readSync(s.dataId),d=i,m=u,f=l,h=a,{selectedIndices:g,selectedScores:x}=tU(c,p,d,m,f,h);return[e.makeTensorInfo([g.length],"int32",new Int32Array(g)),e.makeTensorInfo([x.length],"float32",new Float32Array(x))]}var __={kernelName:Ko,backendName:"webgl",kernelFunc:nU};var od=class{constructor(t,e,o,r){this.variableNames=["indices"],this.outputShape=[t,e],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int index = round(getIndices(coords.x));
        setOutput(mix(float(${r}), float(${o}),
                      float(index == coords.y)));
      }
    `}};var rU=n=>{let{inputs:t,backend:e,attrs:o}=n,{indices:r}=t,{dtype:s,depth:i,onValue:u,offValue:l}=o,a=b.sizeFromShape(r.shape),c=new od(a,i,u,l),p=z({inputs:{x:r},backend:e,attrs:{shape:[a]}}),d=e.runWebGLProgram(c,[p],s);e.disposeIntermediateTensorInfo(p);let m=[...r.shape,i],f=z({inputs:{x:d},backend:e,attrs:{shape:m}});return e.disposeIntermediateTensorInfo(d),f},T_={kernelName:jo,backendName:"webgl",kernelFunc:rU};function Qu(n){let{inputs:t,backend:e}=n,{x:o}=t;if(o.dtype==="complex64"){let r=wr({inputs:{input:o},backend:e}),s=Qu({inputs:{x:r},backend:e}),i=ta({inputs:{input:o},backend:e}),u=Qu({inputs:{x:i},backend:e}),l=Wt({inputs:{real:s,imag:u},backend:e});return e.disposeIntermediateTensorInfo(r),e.disposeIntermediateTensorInfo(s),e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(u),l}else return Sr({attrs:{shape:o.shape,dtype:o.dtype,value:o.dtype==="string"?"":0},backend:e})}var N_={kernelName:Er,backendName:"webgl",kernelFunc:Qu};function R_(n){let{inputs:t,backend:e}=n,{x:o}=t;if(o.dtype==="string")throw new Error("onesLike is not supported under string dtype");if(o.dtype==="complex64"){let r=wr({inputs:{input:o},backend:e}),s=R_({inputs:{x:r},backend:e}),i=ta({inputs:{input:o},backend:e}),u=Qu({inputs:{x:i},backend:e}),l=Wt({inputs:{real:s,imag:u},backend:e});return e.disposeIntermediateTensorInfo(r),e.disposeIntermediateTensorInfo(s),e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(u),l}else return Sr({attrs:{shape:o.shape,dtype:o.dtype,value:1},backend:e})}var A_={kernelName:Va,backendName:"webgl",kernelFunc:R_};function oU(n){let{inputs:t,backend:e,attrs:o}=n,{axis:r}=o;if(t.length===1)return Up({inputs:{input:t[0]},backend:e,attrs:{dim:r}});let s=t[0].shape,i=t[0].dtype;t.forEach(c=>{b.assertShapesMatch(s,c.shape,"All tensors passed to stack must have matching shapes"),b.assert(i===c.dtype,()=>"All tensors passed to stack must have matching dtypes")});let u=[],l=t.map(c=>{let p=Up({inputs:{input:c},backend:e,attrs:{dim:r}});return u.push(p),p}),a=Dx({inputs:l,backend:e,attrs:{axis:r}});return u.forEach(c=>e.disposeIntermediateTensorInfo(c)),a}var E_={kernelName:Wa,backendName:"webgl",kernelFunc:oU};var sd=class{constructor(t,e,o){this.variableNames=["x"],this.customUniforms=[{name:"value",type:"float"}],this.outputShape=e.map((a,c)=>a[0]+t[c]+a[1]);let r=t.length,s=be(r),i=e.map(a=>a[0]).join(","),u=e.map((a,c)=>a[0]+t[c]).join(","),l=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,r);if(r===1){this.userCode=`
        int start = ${i};
        int end = ${u};

        void main() {
          int outC = getOutputCoords();
          if (outC < start || outC >= end) {
            setOutput(value);
          } else {
            setOutput(getX(outC - start));
          }
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${i});
      ${s} end = ${s}(${u});

      void main() {
        ${s} outC = getOutputCoords();
        if (any(lessThan(outC, start)) || any(greaterThanEqual(outC, end))) {
          setOutput(value);
        } else {
          ${s} coords = outC - start;
          setOutput(getX(${l}));
        }
      }
    `}};var ad=class{constructor(t,e,o){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"value",type:"float"}],this.outputShape=e.map((h,g)=>h[0]+t[g]+h[1]);let r=t.length,s=be(r),i=e.map(h=>h[0]).join(","),u=e.map((h,g)=>h[0]+t[g]).join(","),l=nt("rc",r),a=nt("source",r),c=`${l[r-1]} < ${this.outputShape[r-1]}`,p=r===1?"source":`vec2(${a.slice(-2).join()})`,d=[`${s} rc = outputLoc;`,`${l[r-1]} += 1;
       if(${c}) {
      `,r===1?"":`}
       rc = outputLoc;
       ${l[r-2]} += 1;
       if(${l[r-2]} < ${this.outputShape[r-2]}) {`,r===1?"":`  ${l[r-1]} += 1;
         if(${c}) {`],m=r===1?"rc < start || rc >= end":"any(lessThan(rc, start)) || any(greaterThanEqual(rc, end))",f="";for(let h=0,g=r===1?2:4;h<g;h++)f+=`
        ${d[h]}
        if (${m}) {
          result[${h}] = float(value);
        } else {
          ${s} source = rc - start;
          result[${h}] = getChannel(getX(${a.join()}), ${p});
        }
      `;f+=r===1?"} ":"}}",this.userCode=`
      const ${s} start = ${s}(${i});
      const ${s} end = ${s}(${u});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${f}
        setOutput(result);
      }
    `}};var Wx=n=>{let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{paddings:s,constantValue:i}=o;if(b.sizeFromShape(r.shape)===0){let a=s.map((c,p)=>c[0]+r.shape[p]+c[1]);return Sr({backend:e,attrs:{shape:a,value:i,dtype:r.dtype}})}let u=N().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new ad(r.shape,s,i):new sd(r.shape,s,i),l=[[i]];return e.runWebGLProgram(u,[r],r.dtype,l)},F_={kernelName:Xo,backendName:"webgl",kernelFunc:Wx};var sU=`
  if(a < 0.0 && floor(b) < b){
    return NAN;
  }
  if (b == 0.0) {
    return 1.0;
  }
  return (round(mod(b, 2.0)) != 1) ?
      pow(abs(a), b) : sign(a) * pow(abs(a), b);
`,aU=`
  // isModRound1 has 1 for components with round(mod(b, 2.0)) == 1, 0 otherwise.
  vec4 isModRound1 = vec4(equal(round(mod(b, 2.0)), ivec4(1)));
  vec4 multiplier = sign(a) * isModRound1 + (vec4(1.0) - isModRound1);
  vec4 result = multiplier * pow(abs(a), b);

  // Ensure that a^0 = 1, including 0^0 = 1 as this correspond to TF and JS
  bvec4 isExpZero = equal(b, vec4(0.0));
  result.r = isExpZero.r ? 1.0 : result.r;
  result.g = isExpZero.g ? 1.0 : result.g;
  result.b = isExpZero.b ? 1.0 : result.b;
  result.a = isExpZero.a ? 1.0 : result.a;

  bvec4 isNaN1 = lessThan(a, vec4(0.0));
  bvec4 isNaN2 = lessThan(floor(b), b);
  bvec4 isNaN = bvec4(isNaN1.x && isNaN2.x, isNaN1.y && isNaN2.y, isNaN1.z && isNaN2.z, isNaN1.w && isNaN2.w);
  `+Jt+`
  return result;
`,iU=$e({opSnippet:sU,packedOpSnippet:aU}),D_={kernelName:"Pow",backendName:"webgl",kernelFunc:iU};function uU(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,keepDims:i}=o,u=r.shape.length,l=[],a=b.parseAxisParam(s,r.shape),c=a,p=I.getAxesPermutation(c,u),d=r;p!=null&&(d=He({inputs:{x:r},backend:e,attrs:{perm:p}}),c=I.getInnerMostAxes(c.length,u),l.push(d)),I.assertAxesAreInnerMostDims("prod",c,u);let m;if(e.shouldExecuteOnCPU([d])){let f=e.texData.get(d.dataId).values,{outVals:h,outShape:g,outDtype:x}=Iv(d.shape,d.dtype,f,c);m=e.makeTensorInfo(g,x,h)}else{let[f,h]=I.computeOutAndReduceShapes(d.shape,c),g=b.sizeFromShape(h),x=z({inputs:{x:d},backend:e,attrs:{shape:[-1,g]}}),y=Rs(r.dtype),C=en(x,y,"prod",e);m=z({inputs:{x:C},backend:e,attrs:{shape:f}}),l.push(x),l.push(C)}if(i){l.push(m);let f=I.expandShapeToKeepDim(m.shape,a);m=z({inputs:{x:m},backend:e,attrs:{shape:f}})}return l.forEach(f=>e.disposeIntermediateTensorInfo(f)),m}var $_={kernelName:Yo,backendName:"webgl",kernelFunc:uU};function lU(n){let{inputs:t,backend:e,attrs:o}=n,{paramsNestedSplits:r,paramsDenseValues:s,indices:i}=t,{outputRaggedRank:u}=o,l=r.map(x=>e.readSync(x.dataId)),a=r.map(x=>x.shape),c=e.readSync(s.dataId),p=e.readSync(i.dataId),[d,m,f]=wv(l,a,c,s.shape,s.dtype,p,i.shape,u),h=d.map(x=>e.makeTensorInfo([x.length],"int32",x)),g=e.makeTensorInfo(f,s.dtype,m);return h.concat([g])}var M_={kernelName:Ll,backendName:"webgl",kernelFunc:lU};function cU(n){let{inputs:t,backend:e}=n,{starts:o,limits:r,deltas:s}=t,i=e.readSync(o.dataId),u=e.readSync(r.dataId),l=e.readSync(s.dataId),[a,c]=Sv(i,o.shape,o.dtype,u,r.shape,l,s.shape),p=e.makeTensorInfo([a.length],"int32",a),d=e.makeTensorInfo([c.length],o.dtype,c);return[p,d]}var P_={kernelName:Vl,backendName:"webgl",kernelFunc:cU};function pU(n){let{inputs:t,backend:e,attrs:o}=n,{shape:r,values:s,defaultValue:i,rowPartitionTensors:u}=t,{rowPartitionTypes:l}=o,a=e.readSync(r.dataId),c=e.readSync(s.dataId),p=e.readSync(i.dataId),d=u.map(g=>e.readSync(g.dataId)),m=u.map(g=>g.shape),[f,h]=vv(a,r.shape,c,s.shape,s.dtype,p,i.shape,d,m,l);return e.makeTensorInfo(f,s.dtype,h)}var O_={kernelName:Wl,backendName:"webgl",kernelFunc:pU};var Ux=n=>{let{backend:t,attrs:e}=n,{start:o,stop:r,step:s,dtype:i}=e,u=kv(o,r,s,i);return t.makeTensorInfo([u.length],i,u)},B_={kernelName:Ua,backendName:"webgl",kernelFunc:Ux};var dU="return 1.0 / x;",mU=se({opSnippet:dU}),L_={kernelName:Zo,backendName:"webgl",kernelFunc:mU};var fU=ut+`
  return (x < 0.0) ? 0.0 : x;
`,hU=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,gU=se({opSnippet:fU,packedOpSnippet:hU}),V_={kernelName:ar,backendName:"webgl",kernelFunc:gU};var xU=ut+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,bU=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,yU=se({opSnippet:xU,packedOpSnippet:bU}),W_={kernelName:ir,backendName:"webgl",kernelFunc:yU};var id=class{constructor(t,e,o,r,s){this.variableNames=["A"],this.outputShape=[];let[i,u,l,a]=t;this.outputShape=[i,e,o,a];let c=[r&&e>1?u-1:u,r&&o>1?l-1:l],p=[r&&e>1?e-1:e,r&&o>1?o-1:o],d;s?d="(vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC - vec2(0.5)":d="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${c[0]/p[0]},
          ${c[1]/p[1]});
      const vec2 inputShapeRC = vec2(${u}.0, ${l}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${d};

        // Compute the four integer indices.
        ivec2 sourceFloorRC = ivec2(max(sourceFracIndexRC, vec2(0.0)));
        ivec2 sourceCeilRC = ivec2(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        float topLeft = getA(b, sourceFloorRC.x, sourceFloorRC.y, d);
        float bottomLeft = getA(b, sourceCeilRC.x, sourceFloorRC.y, d);
        float topRight = getA(b, sourceFloorRC.x, sourceCeilRC.y, d);
        float bottomRight = getA(b, sourceCeilRC.x, sourceCeilRC.y, d);

        vec2 fracRC = sourceFracIndexRC - vec2(sourceFloorRC);

        float top = topLeft + (topRight - topLeft) * fracRC.y;
        float bottom = bottomLeft + (bottomRight - bottomLeft) * fracRC.y;
        float newValue = top + (bottom - top) * fracRC.x;

        setOutput(newValue);
      }
    `}};var ud=class{constructor(t,e,o,r,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[i,u,l,a]=t;this.outputShape=[i,e,o,a];let c=[r&&e>1?u-1:u,r&&o>1?l-1:l],p=[r&&e>1?e-1:e,r&&o>1?o-1:o],d;s?d="(vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC - vec3(0.5)":d="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${c[0]/p[0]},
          ${c[1]/p[1]},
          ${c[1]/p[1]});
      const vec3 inputShapeRC = vec3(${u}.0, ${l}.0,
                                     ${l}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${d};

        // Compute the four integer indices.
        ivec3 sourceFloorRC = ivec3(max(sourceFracIndexRC, vec3(0.0)));
        ivec3 sourceCeilRC = ivec3(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${a-1};
        bool hasNextRow = coords.z < ${o-1};

        // In parallel, construct four corners for all four components in
        // packed 2x2 cell.
        vec4 topLeft = vec4(
          getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 bottomLeft = vec4(
          getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 topRight = vec4(
          getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec4 bottomRight = vec4(
          getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec3 fracRC = sourceFracIndexRC - vec3(sourceFloorRC);

        vec4 top = mix(topLeft, topRight, fracRC.yyzz);
        vec4 bottom = mix(bottomLeft, bottomRight, fracRC.yyzz);
        vec4 newValue = mix(top, bottom, fracRC.x);

        setOutput(newValue);
      }
    `}};function CU(n){let{inputs:t,backend:e,attrs:o}=n,{images:r}=t,{alignCorners:s,halfPixelCenters:i,size:u}=o,[l,a]=u,c=N().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new ud(r.shape,l,a,s,i):new id(r.shape,l,a,s,i);return e.runWebGLProgram(c,[r],"float32")}var U_={kernelName:es,backendName:"webgl",kernelFunc:CU};var ld=class{constructor(t,e,o){this.variableNames=["dy"],this.outputShape=[],this.outputShape=e;let[,r,s]=e,[,i,u]=t,l=[o&&i>1?r-1:r,o&&u>1?s-1:s],a=[o&&i>1?i-1:i,o&&u>1?u-1:u],c=l[0]/a[0],p=l[1]/a[1],d=1/c,m=1/p,f=Math.ceil(d)*2+2,h=Math.ceil(m)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${c});
        const float widthScale = float(${p});

        const float invHeightScale = float(${d});
        const float invWidthScale = float(${m});

        const int winHeight = int(${f});
        const int winWidth = int(${h});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(startRLerp - float(winHeight / 2));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(startCLerp - float(winWidth / 2));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${i}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${u}) {
              continue;
            }

            float dxR = float(dyR) * heightScale;
            int topDxRIndex = int(floor(dxR));
            int bottomDxRIndex = int(min(ceil(dxR), ${r-1}.0));
            float dxRLerp = dxR - float(topDxRIndex);
            float inverseDxRLerp = 1.0 - dxRLerp;

            float dxC = float(dyC) * widthScale;
            int leftDxCIndex = int(floor(dxC));
            int rightDxCIndex = int(min(ceil(dxC), ${s-1}.0));
            float dxCLerp = dxC - float(leftDxCIndex);
            float inverseDxCLerp = 1.0 - dxCLerp;

            if (r == topDxRIndex && c == leftDxCIndex) {
              // topLeft
              accumulator +=
                getDy(b, dyR, dyC, d) * inverseDxRLerp * inverseDxCLerp;
            }

            if (r == topDxRIndex && c == rightDxCIndex) {
              // topRight
              accumulator += getDy(b, dyR, dyC, d) * inverseDxRLerp * dxCLerp;
            }

            if (r == bottomDxRIndex && c == leftDxCIndex) {
              // bottomLeft
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * inverseDxCLerp;
            }

            if (r == bottomDxRIndex && c == rightDxCIndex) {
              // bottomRight
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * dxCLerp;
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function IU(n){let{inputs:t,backend:e,attrs:o}=n,{images:r,dy:s}=t,{alignCorners:i}=o,u=new ld(s.shape,r.shape,i);return e.runWebGLProgram(u,[s],s.dtype)}var z_={kernelName:ts,backendName:"webgl",kernelFunc:IU};var cd=class{constructor(t,e,o,r,s){this.variableNames=["A"],this.outputShape=[];let[i,u,l,a]=t;this.outputShape=[i,e,o,a];let c=[r&&e>1?u-1:u,r&&o>1?l-1:l],p=[r&&e>1?e-1:e,r&&o>1?o-1:o],d=r?"0.5":"0.0",m;s?m="max((vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC, vec2(0.0))":m="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${c[0]/p[0]},
          ${c[1]/p[1]});
      const vec2 inputShapeRC = vec2(${u}.0, ${l}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${m};

        // Compute the coordinators of nearest neighbor point.
        ivec2 sourceNearestRC = ivec2(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${d})));
        float newValue = getA(b, sourceNearestRC.x, sourceNearestRC.y, d);

        setOutput(newValue);
      }
    `}};var pd=class{constructor(t,e,o,r,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[i,u,l,a]=t;this.outputShape=[i,e,o,a];let c=[r&&e>1?u-1:u,r&&o>1?l-1:l],p=[r&&e>1?e-1:e,r&&o>1?o-1:o],d=r?"0.5":"0.0",m;s?m="max((vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC, vec3(0.0))":m="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${c[0]/p[0]},
          ${c[1]/p[1]},
          ${c[1]/p[1]});
      const vec3 inputShapeRC = vec3(${u}.0, ${l}.0,
                                     ${l}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${m};

        // Compute the coordinators of nearest neighbor point.
        ivec3 sourceNearestRC = ivec3(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${d})));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${a-1};
        bool hasNextRow = coords.z < ${o-1};

        vec4 newValue = vec4(
          getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d),
          hasNextCol ? getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d + 1) : 0.0);

        setOutput(newValue);
      }
    `}};function wU(n){let{inputs:t,backend:e,attrs:o}=n,{images:r}=t,{alignCorners:s,halfPixelCenters:i,size:u}=o,[l,a]=u,c=N().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new pd(r.shape,l,a,s,i):new cd(r.shape,l,a,s,i);return e.runWebGLProgram(c,[r],r.dtype)}var G_={kernelName:Qo,backendName:"webgl",kernelFunc:wU};var dd=class{constructor(t,e,o){this.variableNames=["dy"],this.outputShape=[],this.outputShape=e;let[,r,s]=e,[,i,u]=t,l=[o&&i>1?r-1:r,o&&u>1?s-1:s],a=[o&&i>1?i-1:i,o&&u>1?u-1:u],c=l[0]/a[0],p=l[1]/a[1],d=1/c,m=1/p,f=Math.ceil(d)*2+2,h=Math.ceil(m)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${c});
        const float widthScale = float(${p});

        const float invHeightScale = float(${d});
        const float invWidthScale = float(${m});

        const int winHeight = int(${f});
        const int winWidth = int(${h});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(floor(startRLerp - float(winHeight / 2)));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(floor(startCLerp - float(winWidth / 2)));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${i}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${u}) {
              continue;
            }

            float sourceFracRow =
              float(${l[0]}) *
                (float(dyR) / float(${a[0]}));

            float sourceFracCol =
                float(${l[1]}) *
                  (float(dyC) / float(${a[1]}));

            int sourceNearestRow = int(min(
                float(int(${r}) - 1),
                ${o} ? float(round(sourceFracRow)) :
                                  float(floor(sourceFracRow))));

            int sourceNearestCol = int(min(
                float(int(${s}) - 1),
                ${o} ? float(round(sourceFracCol)) :
                                  float(floor(sourceFracCol))));

            if (r == sourceNearestRow && c == sourceNearestCol) {
              accumulator += getDy(b, dyR, dyC, d);
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function SU(n){let{inputs:t,backend:e,attrs:o}=n,{images:r,dy:s}=t,{alignCorners:i}=o,u=new dd(s.shape,r.shape,i);return e.runWebGLProgram(u,[s],s.dtype)}var H_={kernelName:Jo,backendName:"webgl",kernelFunc:SU};var md=class{constructor(t,e){this.variableNames=["x"];let o=t.length;if(o>4)throw new Error(`WebGL backend: Reverse of rank-${o} tensor is not yet supported`);if(this.outputShape=t,o===1){this.userCode=`
        void main() {
          int coord = getOutputCoords();
          setOutput(getX(${t[0]} - coord - 1));
        }
      `;return}let r=u=>e.indexOf(u)!==-1&&t[u]!==1?`${t[u]} - coords[${u}] - 1`:`coords[${u}]`,s=t.map((u,l)=>r(l)).join(","),i=be(o);this.userCode=`
      void main() {
        ${i} coords = getOutputCoords();
        setOutput(getX(${s}));
      }
    `}};var fd=class{constructor(t,e){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0;let o=t.length;if(o>4)throw new Error(`WebGL backend: Reverse of rank-${o} tensor is not yet supported`);this.outputShape=t;let r=nt("rc",o),s=`${r[o-1]} + 1 < ${this.outputShape[o-1]}`,i=`${r[o-2]} + 1 < ${this.outputShape[o-2]}`,u=be(o);o===1?this.userCode=`
        void main(){
          int rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = getChannel(getX(${t[0]} - rc - 1),
            ${t[0]} - rc - 1);
          if(${s}){
              result.g = getChannel(getX(${t[0]} - (rc  + 1) - 1),
                ${t[0]} - (rc  + 1) - 1);
          }
          setOutput(result);
        }
      `:this.userCode=`
        void main() {
          ${u} rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = ${l(r.slice())};
          if(${s}){
            result.g = ${a(r.slice())};
          }
          if(${i}) {
            result.b = ${c(r.slice())};
            if(${s}) {
              result.a = ${p(r.slice())};
            }
          }
          setOutput(result);
        }
    `;function l(f){return d(f)}function a(f){return f[o-1]="("+f[o-1]+" + 1)",d(f)}function c(f){return f[o-2]="("+f[o-2]+" + 1)",d(f)}function p(f){return f[o-1]="("+f[o-1]+" + 1)",f[o-2]="("+f[o-2]+" + 1)",d(f)}function d(f){let h=t.map((y,C)=>m(C,f)),g=h.join(","),x=h.slice(-2).join(",");return`getChannel(getX(${g}), vec2(${x}))`}function m(f,h){return e.indexOf(f)!==-1&&t[f]!==1?`${t[f]} - ${h[f]} - 1`:`${h[f]}`}}};function vU(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{dims:s}=o,i=r.shape.length,u=b.parseAxisParam(s,r.shape);if(i===0)return rt({inputs:{x:r},backend:e});let l=N().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new fd(r.shape,u):new md(r.shape,u);return e.runWebGLProgram(l,[r],r.dtype)}var q_={kernelName:ns,backendName:"webgl",kernelFunc:vU};var hd=class{constructor(t,e){this.variableNames=["Image"],this.outputShape=[],this.customUniforms=[{name:"params",type:"vec4"}];let o=t[1],r=t[2];this.outputShape=t;let s="";typeof e=="number"?s=`float outputValue = ${e.toFixed(2)};`:s=`
        vec3 fill = vec3(${e.join(",")});
        float outputValue = fill[coords[3]];`,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];
          int y = coords[1];
          float coordXFloat = (float(x) - params[0]) * params[3] -
            (float(y) - params[1]) * params[2];
          float coordYFloat = (float(x) - params[0]) * params[2] +
            (float(y) - params[1]) * params[3];
          int coordX = int(round(coordXFloat + params[0]));
          int coordY = int(round(coordYFloat + params[1]));
          ${s}
          if(coordX >= 0 && coordX < ${r} && coordY >= 0 && coordY < ${o}) {
            outputValue = getImage(coords[0], coordY, coordX, coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var K_={kernelName:Cs,backendName:"webgl",kernelFunc:({inputs:n,attrs:t,backend:e})=>{let{image:o}=n,{radians:r,fillValue:s,center:i}=t,u=e,l=new hd(o.shape,s),[a,c]=I.getImageCenter(i,o.shape[1],o.shape[2]),p=[[a,c,Math.sin(r),Math.cos(r)]];return u.runWebGLProgram(l,[o],o.dtype,p)}};var kU=`
  // OpenGL ES does not support round function.
  // The algorithm is based on banker's rounding.
  float base = floor(x);
  if ((x - base) < 0.5) {
    return floor(x);
  } else if ((x - base) > 0.5) {
    return ceil(x);
  } else {
    if (mod(base, 2.0) == 0.0) {
      return base;
    } else {
      return base + 1.0;
    }
  }
`,_U=se({opSnippet:kU}),j_={kernelName:rs,backendName:"webgl",kernelFunc:_U};var TU="return inversesqrt(x);",NU=se({opSnippet:TU,cpuKernelImpl:_v}),X_={kernelName:os,backendName:"webgl",kernelFunc:NU};var Ur=class{constructor(t,e,o,r,s,i,u=!0,l=!1){this.variableNames=["updates","indices","defaultValue"],this.outputShape=i;let a=be(s.length),c=be(i.length),p="";o===1?p="i":o===2&&(p="i, j");let d=`getIndices(${p})`,m="";r===1?m="i":r===2&&(m="i, coords[1]");let f=`getUpdates(${m})`,h="";l&&(h="coords[0], coords[1]");let g=`getDefaultValue(${h})`,x=e>1?"strides[j]":"strides";this.userCode=`
        ${a} strides = ${a}(${s});

        void main() {
          ${c} coords = getOutputCoords();
          float sum = 0.0;
          bool found = false;
          for (int i = 0; i < ${t}; i++) {
            int flattenedIndex = 0;
            for (int j = 0; j < ${e}; j++) {
              int index = round(${d});
              flattenedIndex += index * ${x};
            }
            if (flattenedIndex == coords[0]) {
              sum += ${f};
              found = true;
            }
          }
          setOutput(mix(${g}, sum, float(found)));
        }
      `}};var gd=class{constructor(t,e,o,r,s,i,u=!0,l=!1){this.variableNames=["updates","indices","defaultValue"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=i;let a=be(s.length),c=be(i.length),p="";o===1?p="i":o===2&&(p="i, j");let d=`getIndices(${p})`,m="";r===1?m="i":r===2&&(m="i, coords[1]");let f=`getUpdates(${m})`,h="";l&&(h="coords[0], coords[1]");let g=`getDefaultValue(${h})`,x=e>1?"strides[j]":"strides",y=e>1?"strides[j + 1]":"strides";this.userCode=`
        ${a} strides = ${a}(${s});

        void main() {
          ${c} coords = getOutputCoords();
          vec4 sum = vec4(0.);
          vec4 found = vec4(0.);
          for (int i = 0; i < ${t}; i+=2) {
            ivec2 flattenedIndex = ivec2(0);
            for (int j = 0; j < ${e}; j+=2) {
              ivec4 index = round(${d});
              flattenedIndex += index.xz * ${x};
              if (j + 1 < ${e}) {
                flattenedIndex += index.yw * ${y};
              }
            }
            if (flattenedIndex[0] == coords[0] || flattenedIndex[1] == coords[0] ||
                flattenedIndex[0] == coords[0] + 1 || flattenedIndex[1] == coords[0] + 1) {
              vec4 updVals = ${f};
              if (flattenedIndex[0] == coords[0]) {
                sum.xy += updVals.xy;
                found.xy = vec2(1.);
              } else if (flattenedIndex[0] == coords[0] + 1) {
                sum.zw += updVals.xy;
                found.zw = vec2(1.);
              }
              if (flattenedIndex[1] == coords[0]) {
                sum.xy += updVals.zw;
                found.xy = vec2(1.);
              } else if (flattenedIndex[1] == coords[0] + 1) {
                sum.zw += updVals.zw;
                found.zw = vec2(1.);
              }
            }
          }
          setOutput(mix(${g}, sum, found));
        }
      `}};function RU(n){let{inputs:t,backend:e,attrs:o}=n,{indices:r,updates:s}=t,{shape:i}=o,{sliceRank:u,numUpdates:l,sliceSize:a,strides:c,outputSize:p}=I.calculateShapes(s,r,i),d=[p/a,a];if(p===0)return e.makeTensorInfo(i,r.dtype);let m=z({inputs:{x:r},backend:e,attrs:{shape:[l,u]}}),f=z({inputs:{x:s},backend:e,attrs:{shape:[l,a]}}),h=e.makeTensorInfo([],"float32",new Float32Array([0])),g;N().getBool("WEBGL_PACK")?g=new gd(l,u,m.shape.length,f.shape.length,c,d):g=new Ur(l,u,m.shape.length,f.shape.length,c,d);let x=e.runWebGLProgram(g,[f,m,h],f.dtype),y=z({inputs:{x},backend:e,attrs:{shape:i}});return e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(x),e.disposeIntermediateTensorInfo(h),y}var Y_={kernelName:ss,backendName:"webgl",kernelFunc:RU};var xd=class{constructor(t,e,o,r){this.variableNames=["sortedSequence","values"],this.customUniforms=[{name:"numInputs",type:"int"}],this.outputShape=[t,o];let s="while (left < right) {",i=`for (int i = 0; i < ${Math.ceil(Math.log2(e+1))}; ++i) { if (left >= right) break;`,u=N().getNumber("WEBGL_VERSION")===2?s:i,l=r==="left"?"<":"<=";this.userCode=`
       int findBound(int batch, float value) {
         int left = 0;
         int right = numInputs;
         int mid;
         ${u}
           mid = (left + right) / 2;
           if (getSortedSequence(batch, mid) ${l} value) {
             left = mid + 1;
           } else {
             right = mid;
           }
         }
         return right;
       }

       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int valueIndex = coords[1];

         float value = getValues(batch, valueIndex);

         setOutput(float(findBound(batch, value)));
       }
     `}};function AU(n){let{inputs:t,backend:e,attrs:o}=n,{sortedSequence:r,values:s}=t,{side:i}=o,u=new xd(r.shape[0],r.shape[1],s.shape[1],i),l=[[r.shape[1]]];return e.runWebGLProgram(u,[r,s],"int32",l)}var Z_={kernelName:is,backendName:"webgl",kernelFunc:AU};var bd=class{constructor(t,e,o){this.variableNames=["c","a","b"],this.outputShape=e;let r,s;if(o>4)throw Error(`Where for rank ${o} is not yet supported`);if(o===1)s="resRC",r="resRC";else{let u=["resRC.x","resRC.y","resRC.z","resRC.w"],l=[],a=[];for(let c=0;c<e.length;c++)a.push(`${u[c]}`),c<t&&l.push(`${u[c]}`);r=l.join(),s=a.join()}let i=be(o);this.userCode=`
      void main() {
        ${i} resRC = getOutputCoords();
        float cVal = getC(${r});
        if (cVal >= 1.0) {
          setOutput(getA(${s}));
        } else {
          setOutput(getB(${s}));
        }
      }
    `}};function EU(n){let{inputs:t,backend:e}=n,{condition:o,t:r,e:s}=t,i=new bd(o.shape.length,r.shape,r.shape.length);return e.runWebGLProgram(i,[o,r,s],at(r.dtype,s.dtype))}var Q_={kernelName:za,backendName:"webgl",kernelFunc:EU};var FU=`
  // Stable and Attracting Fixed Point (0, 1) for Normalized Weights.
  // see: https://arxiv.org/abs/1706.02515
  float scaleAlpha = ${I.SELU_SCALEALPHA};
  float scale = ${I.SELU_SCALE};
  return (x >= 0.0) ? scale * x : scaleAlpha * (exp(x) - 1.0);
`,DU=se({opSnippet:FU}),J_={kernelName:us,backendName:"webgl",kernelFunc:DU};var $U=bn+`
  return 1.0 / (1.0 + exp(-1.0 * x));
`,MU=`
  vec4 result = 1.0 / (1.0 + exp(-1.0 * x));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,PU=se({opSnippet:$U,packedOpSnippet:MU,cpuKernelImpl:Nv}),eT={kernelName:ur,backendName:"webgl",kernelFunc:PU};var OU=`
  if (isnan(x)) { return 0.0; }
  return sign(x);
`,BU=se({opSnippet:OU}),tT={kernelName:cs,backendName:"webgl",kernelFunc:BU};var LU=bn+`
  return sin(x);
`,VU=`
  vec4 result = sin(x);
  bvec4 isNaN = isnan(x);
  ${Jt}
  return result;
`,WU=se({opSnippet:LU,packedOpSnippet:VU}),nT={kernelName:"Sin",backendName:"webgl",kernelFunc:WU};var UU=`
  float e2x = exp(x);
  return (e2x - 1.0 / e2x) / 2.0;
`,zU=se({opSnippet:UU}),rT={kernelName:ls,backendName:"webgl",kernelFunc:zU};var GU=`
  float epsilon = 1.1920928955078125e-7;
  float threshold = log(epsilon) + 2.0;

  bool too_large = x > -threshold;
  bool too_small = x < threshold;

  float result;
  float exp_x = exp(x);

  if (too_large){
    result = x;
  }
  else if (too_small){
    result = exp_x;
  }
  else{
    result = log(exp_x + 1.0);
  }
  return result;
`,HU=se({opSnippet:GU}),oT={kernelName:ps,backendName:"webgl",kernelFunc:HU};var qU=n=>{let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{blockShape:s,paddings:i}=o;b.assert(r.shape.length<=4,()=>"spaceToBatchND for rank > 4 with a WebGL backend not implemented yet");let u=s.reduce((x,y)=>x*y),l=[[0,0]];l.push(...i);for(let x=1+s.length;x<r.shape.length;++x)l.push([0,0]);let a=[],c=Wx({inputs:{x:r},backend:e,attrs:{paddings:l,constantValue:0}}),p=I.getReshaped(c.shape,s,u,!1),d=I.getPermuted(p.length,s.length,!1),m=I.getReshapedPermuted(c.shape,s,u,!1),f=z({inputs:{x:c},backend:e,attrs:{shape:p}}),h=He({inputs:{x:f},backend:e,attrs:{perm:d}}),g=z({inputs:{x:h},backend:e,attrs:{shape:m}});return a.push(c),a.push(f),a.push(h),a.forEach(x=>e.disposeIntermediateTensorInfo(x)),g},sT={kernelName:Ha,backendName:"webgl",kernelFunc:qU};function KU(n){let{inputs:t,backend:e}=n,{indices:o,values:r,denseShape:s,defaultValue:i}=t;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
         ${s.shape}`);if(o.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
         ${o.shape}`);if(r.shape.length!==1)throw new Error(`Values must be a vector, saw:
         ${r.shape}`);if(i.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${i.shape}`);let u=e.readSync(o.dataId),l=e.readSync(r.dataId),a=e.readSync(s.dataId),c=e.readSync(i.dataId)[0],[p,d,m,f,h]=Av(u,o.shape,o.dtype,l,r.dtype,a,c);return[e.makeTensorInfo(d,o.dtype,p),e.makeTensorInfo([d[0]],r.dtype,m),e.makeTensorInfo([f.length],"bool",new Uint8Array(f.map(g=>Number(g)))),e.makeTensorInfo([h.length],o.dtype,new Int32Array(h))]}var aT={kernelName:Ka,backendName:"webgl",kernelFunc:KU};function jU(n){let{inputs:t,backend:e}=n,{inputIndices:o,inputShape:r,newShape:s}=t;if(o.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape ${o.shape}`);if(r.shape.length!==1)throw new Error(`Input shape should be a vector but received shape ${r.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let i=Array.from(e.readSync(r.dataId)),u=e.readSync(o.dataId),l=Array.from(e.readSync(s.dataId)),[a,c,p]=Ev(u,o.shape,o.dtype,i,l);return[e.makeTensorInfo(c,o.dtype,a),e.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var iT={kernelName:ds,backendName:"webgl",kernelFunc:jU};function XU(n){let{inputs:t,backend:e}=n,{data:o,indices:r,segmentIds:s}=t;if(o.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
              ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
              ${s.shape}`);let i=e.readSync(o.dataId),u=e.readSync(r.dataId),l=e.readSync(s.dataId),[a,c]=Jc(i,o.shape,o.dtype,u,l,!0);return e.makeTensorInfo(c,o.dtype,a)}var uT={kernelName:ja,backendName:"webgl",kernelFunc:XU};function YU(n){let{inputs:t,backend:e}=n,{data:o,indices:r,segmentIds:s}=t;if(o.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
             ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
             ${s.shape}`);let i=e.readSync(o.dataId),u=e.readSync(r.dataId),l=e.readSync(s.dataId),[a,c]=Jc(i,o.shape,o.dtype,u,l);return e.makeTensorInfo(c,o.dtype,a)}var lT={kernelName:Xa,backendName:"webgl",kernelFunc:YU};function ZU(n){let{inputs:t,backend:e,attrs:o}=n,{sparseIndices:r,sparseValues:s,defaultValue:i}=t,{outputShape:u}=o,{sliceRank:l,numUpdates:a,sliceSize:c,strides:p,outputSize:d}=I.calculateShapes(s,r,u),m=!1;if(s.dtype==="string"){let x=e.bufferSync(r),y=e.bufferSync(s),C=b.decodeString(e.readSync(i.dataId)[0]),w=Tv(x,y,u,d,c,a,l,p,C,m);return e.makeTensorInfo(u,w.dtype,w.values)}let f=new Ur(a,l,r.shape.length,s.shape.length,p,[d,1],m),h=e.runWebGLProgram(f,[s,r,i],s.dtype),g=z({inputs:{x:h},backend:e,attrs:{shape:u}});return e.disposeIntermediateTensorInfo(h),g}var cT={kernelName:ms,backendName:"webgl",kernelFunc:ZU};function QU(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{numOrSizeSplits:s,axis:i}=o,u=b.parseAxisParam(i,r.shape)[0],l=I.prepareSplitSize(r,s,u),a=r.shape.length,c=new Array(a).fill(0),p=r.shape.slice();return l.map(d=>{let m=[...p];m[u]=d;let f=An({inputs:{x:r},backend:e,attrs:{begin:c,size:m}});return c[u]+=d,f})}var pT={kernelName:qa,backendName:"webgl",kernelFunc:QU};var dT="return sqrt(x);",JU=se({opSnippet:dT,packedOpSnippet:dT,cpuKernelImpl:Fv}),mT={kernelName:lr,backendName:"webgl",kernelFunc:JU};var ez="return x * x;",tz=se({opSnippet:ez}),fT={kernelName:Ya,backendName:"webgl",kernelFunc:tz};var hT="return (a - b) * (a - b);",nz=$e({opSnippet:hT,packedOpSnippet:hT}),gT={kernelName:fs,backendName:"webgl",kernelFunc:nz};function rz(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t;if(r.dtype!=="string")throw new Error("Input must be of datatype string");let s=e.readSync(r.dataId),i=I.fromUint8ToStringArray(s),u=Dv(i,"string",o);return e.makeTensorInfo(r.shape,"string",u)}var xT={kernelName:hu,backendName:"webgl",kernelFunc:rz};function oz({inputs:n,attrs:t,backend:e}){let{x:o}=n,r=ut+`
    return x > 0.0 ? 1.0 : float(${t.alpha});
  `,s=new xt(o.shape,r);return e.runWebGLProgram(s,[o],o.dtype)}var bT={kernelName:Pn,backendName:"webgl",kernelFunc:oz};var yd=class{constructor(t,e,o){this.variableNames=["x"],this.outputShape=o;let r=o.length,s=be(o.length),i=be(o.length),u="";if(r===1)u="coords * strides + begin";else{let l=0;u=o.map((a,c)=>(l++,o.length===1?`coords * strides[${c}] + begin[${c}]`:`coords[${l-1}] * strides[${c}] + begin[${c}]`)).join(",")}this.userCode=`
      ${s} begin = ${s}(${t});
      ${s} strides = ${s}(${e});

      void main() {
        ${i} coords = getOutputCoords();
        setOutput(getX(${u}));
      }
    `}};function sz(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{begin:s,end:i,strides:u,beginMask:l,endMask:a,ellipsisMask:c,newAxisMask:p,shrinkAxisMask:d}=o,{finalShapeSparse:m,finalShape:f,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:C,strides:w}=Ke.sliceInfo(r.shape,s,i,u,l,a,c,p,d),S;if(h)S=z({inputs:{x:r},backend:e,attrs:{shape:f}});else if(g||x){b.assert(r.shape.length>=1,()=>`Input must have rank at least 1, got: ${r.shape.length}`);let k=Ke.computeOutShape(y,C,w),T=An({inputs:{x:r},backend:e,attrs:{begin:y,size:k}});S=z({inputs:{x:T},backend:e,attrs:{shape:f}}),e.disposeIntermediateTensorInfo(T)}else if(e.shouldExecuteOnCPU([r])){let T=e.readSync(r.dataId),R=ce(r.shape,r.dtype,T),A=$v(m,R,w,y);S=e.makeTensorInfo(f,r.dtype,A.values)}else{let T=new yd(y,w,m);S=e.runWebGLProgram(T,[r],r.dtype)}let v=z({inputs:{x:S},backend:e,attrs:{shape:f}});return e.disposeIntermediateTensorInfo(S),v}var yT={kernelName:hs,backendName:"webgl",kernelFunc:sz};function az(n){let{inputs:t,backend:e,attrs:o}=n,{separator:r,nGramWidths:s,leftPad:i,rightPad:u,padWidth:l,preserveShortSequences:a}=o,{data:c,dataSplits:p}=t,d=e.readSync(c.dataId),m=e.readSync(p.dataId),[f,h]=Mv(d,m,r,s,i,u,l,a);return[e.makeTensorInfo([f.length],"string",f),e.makeTensorInfo(p.shape,"int32",h)]}var CT={kernelName:Za,backendName:"webgl",kernelFunc:az};function iz(n){let{inputs:t,backend:e,attrs:o}=n,{skipEmpty:r}=o,{input:s,delimiter:i}=t;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(i.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${i.shape}`);let u=e.readSync(s.dataId),l=e.readSync(i.dataId)[0],[a,c,p]=Pv(u,l,r),d=c.length;return[e.makeTensorInfo([d,2],"int32",a),e.makeTensorInfo([d],"string",c),e.makeTensorInfo([2],"int32",new Int32Array(p))]}var IT={kernelName:Qa,backendName:"webgl",kernelFunc:iz};function uz(n){let{inputs:t,backend:e,attrs:o}=n,{numBuckets:r}=o,{input:s}=t;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(r<=0)throw new Error("Number of buckets must be at least 1");let i=e.readSync(s.dataId),u=Ov(i,r);return e.makeTensorInfo(s.shape,"int32",u)}var wT={kernelName:Ja,backendName:"webgl",kernelFunc:uz};var lz="return tan(x);",cz=se({opSnippet:lz}),ST={kernelName:"Tan",backendName:"webgl",kernelFunc:cz};var pz=`
  float e2x = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e2x) / (1.0 + e2x);
`,dz=se({opSnippet:pz}),vT={kernelName:gs,backendName:"webgl",kernelFunc:dz};function mz(n){let{inputs:t,backend:e,attrs:o}=n,{tensor:r,indices:s,updates:i}=t,{}=o,{sliceRank:u,numUpdates:l,sliceSize:a,strides:c,outputSize:p}=I.calculateShapes(i,s,r.shape),d=[p/a,a];if(p===0)return e.makeTensorInfo(r.shape,s.dtype);let m=z({inputs:{x:s},backend:e,attrs:{shape:[l,u]}}),f=z({inputs:{x:i},backend:e,attrs:{shape:[l,a]}}),h=z({inputs:{x:r},backend:e,attrs:{shape:d}}),g=new Ur(l,u,m.shape.length,f.shape.length,c,d,!1,!0),x=e.runWebGLProgram(g,[f,m,h],h.dtype),y=z({inputs:{x},backend:e,attrs:{shape:r.shape}});return e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(x),y}var kT={kernelName:as,backendName:"webgl",kernelFunc:mz};var Cd=class{constructor(t,e){this.variableNames=["A"];let o=new Array(t.length);for(let i=0;i<o.length;i++)o[i]=t[i]*e[i];this.outputShape=o,this.rank=o.length;let r=be(this.rank),s=fz(t);this.userCode=`
      void main() {
        ${r} resRC = getOutputCoords();
        setOutput(getA(${s}));
      }
    `}};function fz(n){let t=n.length;if(t>5)throw Error(`Tile for rank ${t} is not yet supported`);if(t===1)return`imod(resRC, ${n[0]})`;let e=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u"],o=[];for(let r=0;r<n.length;r++)o.push(`imod(${e[r]}, ${n[r]})`);return o.join()}function zx(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{reps:s}=o;if(r.dtype==="string"||r.shape.length>5){let l=e.readSync(r.dataId),a=r.dtype==="string"?l.map(d=>b.decodeString(d)):l,c=ce(r.shape,r.dtype,a),p=Lv(c,s);return e.makeTensorInfo(p.shape,p.dtype,p.values)}let i=new Cd(r.shape,s);return e.runWebGLProgram(i,[r],r.dtype)}var _T={kernelName:pr,backendName:"webgl",kernelFunc:zx};var Id=class{constructor(t){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"negativeInf",type:"float"},{name:"dir",type:"int"},{name:"inc",type:"int"}],this.outputShape=t,this.userCode=`
       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // We compare elements pair-wise within a group of size 2 * inc.
         // The comparing rule for each group alternates between ascending
         // and descending. Within each group, we compare each pair at
         // positions i and i+inc. To decide whether an element at position i
         // is x0 or x1, we mod it by 2 * inc, if the result is smaller than
         // inc, it is in the first half of the group, we denote it as x0,
         // otherwise we denote it as x1.
         // For example, as shown in the Bitonic top K paper referenced above,
         // Figure5(a) shows that element[1] is in the
         // second half of the group when group size is 2, but it is in the
         // first half of the group when group size is 4.

         bool isFirstInPair = imod(elemIdx, 2 * inc) < inc;
         int i = isFirstInPair ? elemIdx : elemIdx - inc;

         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + inc : int(getIndices(batch, i + inc));
         float x0 = i0 < n ? getX(batch, i0) : negativeInf;
         float x1 = i1 < n ? getX(batch, i1) : negativeInf;

         // Denotes which direction indices are in (ascending or descending).
         bool reverse = imod(elemIdx, 2 * dir) >= dir;
         bool isGreater = x0 > x1 || (x0 == x1 && i1 > i0);
         if (reverse == isGreater) { // Elements in opposite order of direction
           int iTemp = i0;
           i0 = i1;
           i1 = iTemp;
         }
         if (isFirstInPair) {
            setOutput(float(i0));
         } else {
            setOutput(float(i1));
         }
       }
     `}},wd=class{constructor(t){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"k",type:"int"}],this.outputShape=t,this.userCode=`
    void main() {
         // Takes max of indices (0, k), (1, k + 1), (2, k + 2) ...
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // The output size is half of the previous size.
         // If the previous sequence is | | | | _ _ _ _  | | | |  _ _ _ _ (k=4),
         // we only need to output the indices at positions |, the indices at
         // positions _ can be thrown away, see Figure5(b) After Phase 2
         // (Merge phase) in the Bitonic Top K paper referenced above.
         // For example, the paper shows we only need to output the orange bars.
         // The output sequence should look like this | | | | | | | |.
         // Because the sequence is halved, to map the output index back
         // to the previous sequence to find the corresponding value,
         // we need to double the index. When we double the index,
         // we basically interpolate a position, so 2i looks like
         // | _ | _ | _ | _ | _ | _ | _. We move the | to the first k position
         // of each 2k positions by - elemIdx % k. E.g. for output at
         // index 4,5,6,7, we want to get the corresponding element at
         // original index 8,9,10,11, for output at index 8,9,10,11,
         // we want to get the corresponding element at original index
         // 16,17,18,19, so on and so forth.

         int i = elemIdx < k ? elemIdx : (elemIdx * 2 - imod(elemIdx, k));
         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + k : int(getIndices(batch, i + k));

         float x0 = getX(batch, i0);
         float x1 = i1 < n ? getX(batch, i1) : x0;

         setOutput(x0 >= x1 ? float(i0) : float(i1));
       }
     `}};function ra(n,t){t!==null&&n.disposeIntermediateTensorInfo(t)}function TT(n){let t=1;for(;t<n;)t*=2;return t}function hz(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{k:s,sorted:i}=o,u=N().getNumber("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD"),l=N().getNumber("TOPK_K_CPU_HANDOFF_THRESHOLD"),a=r.shape,c=a[a.length-1];if(e.shouldExecuteOnCPU([r])||c<u||s>l){let A=e.readSync(r.dataId),[F,D]=Vv(A,a,r.dtype,s,i);return[e.makeTensorInfo(F.shape,F.dtype,F.values),e.makeTensorInfo(D.shape,D.dtype,D.values)]}if(s===0)return a[a.length-1]=0,[e.makeTensorInfo(a,r.dtype,[]),e.makeTensorInfo(a,"int32",[])];if(c===1)return[r,Sr({attrs:{shape:a,dtype:"int32",value:0},backend:e})];let p=e.texData.get(r.dataId),d=p!==null&&p.isPacked,m=d?e.unpackTensor(r):r,h=b.sizeFromShape(a)/c,g=z({inputs:{x:m},attrs:{shape:[h,c]},backend:e});d&&ra(e,m);let x=TT(s),y=TT(c),C=null,w=()=>C===null?[g,g]:[g,C],S=(A,F,D)=>{let $=w(),O=new Id(D),B=[[c],[C===null?1:0],[Number.NEGATIVE_INFINITY],[A],[F]],V=C;C=e.runWebGLProgram(O,$,"int32",B),ra(e,V)};for(let A=1;A<x;A*=2){let F=A*2;for(let D=A;D>=1;D/=2)S(F,D,[h,y])}for(let A=y;A>x;A/=2){let F=w(),D=new wd([h,A/2]),O=[[c],[C===null?1:0],[x]],P=C;C=e.runWebGLProgram(D,F,"int32",O),ra(e,P);let B=x/2,V=B*2;for(let L=B;L>=1;L/=2)S(V,L,C.shape)}let v=C;C=An({inputs:{x:C},backend:e,attrs:{begin:0,size:[h,s]}}),ra(e,v);let k=Px({inputs:{x:g,indices:C},backend:e,attrs:{axis:1,batchDims:1}});ra(e,g);let T=a.slice(0,-1);T.push(s),v=C,C=z({inputs:{x:C},attrs:{shape:T},backend:e}),ra(e,v);let R=k;return k=z({inputs:{x:k},attrs:{shape:T},backend:e}),ra(e,R),[k,C]}var NT={kernelName:xs,backendName:"webgl",kernelFunc:hz};var Sd=class{constructor(t,e,o,r,s,i){this.variableNames=["Image","Transforms"],this.outputShape=i;let u=o==="nearest"?1:2,l;switch(r){case"constant":l=1;break;case"reflect":l=2;break;case"wrap":l=3;break;case"nearest":l=4;break;default:l=1;break}this.userCode=`
            float mapCoord(float outCoord, float len) {
              float inCoord = outCoord;
              if(${l} == 2) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    if (inCoord < sz2) {
                      inCoord = sz2 * float(int(float(-inCoord / sz2))) +
                      inCoord;
                    }
                    inCoord = inCoord < -len ? inCoord + sz2 : -inCoord - 1.0;
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    inCoord -= sz2 * float(int(float(inCoord / sz2)));
                    if (inCoord >= len) {
                      inCoord = sz2 - inCoord - 1.0;
                    }
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${l} == 3) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord += len * (float(int(float(-inCoord / sz))) + 1.0);
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord -= len * float(int(float(inCoord / sz)));
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${l} == 4) {
                return clamp(outCoord, 0.0, len - 1.0);
              } else {
                return outCoord;
              }
            }

            float readWithFillValue(int batch, int coordY, int coordX,
              int channel) {
              float outputValue;
              if (0 <= coordY && coordY < ${t} && 0 <= coordX && coordX < ${e}) {
                  outputValue = getImage(batch, coordY, coordX, channel);
              } else {
                outputValue = float(${s});
              }
              return outputValue;
            }

            void main() {
              ivec4 coords = getOutputCoords();
              float outputValue;
              int batch = coords[0];
              int x = coords[2];
              int y = coords[1];
              int channel = coords[3];
              float xf = float(x);
              float yf = float(y);
              float a1 = getTransforms(batch, 0);
              float a2 = getTransforms(batch, 1);
              float a3 = getTransforms(batch, 2);
              float b1 = getTransforms(batch, 3);
              float b2 = getTransforms(batch, 4);
              float b3 = getTransforms(batch, 5);
              float c1 = getTransforms(batch, 6);
              float c2 = getTransforms(batch, 7);
              float projection = c1 * xf + c2 * yf + 1.0;
              if (projection == 0.0) {
                outputValue = float(${s});
              } else {
                float inX = (a1 * xf + a2 * yf + a3) / projection;
                float inY = (b1 * xf + b2 * yf + b3) / projection;
                float mapX = mapCoord(inX, float(${e}));
                float mapY = mapCoord(inY, float(${t}));

                if (${u} == 1) {
                  int coordY = int(round(mapY));
                  int coordX = int(round(mapX));
                  outputValue = readWithFillValue(batch, coordY, coordX,
                    channel);
                } else {
                  float yFloor = floor(mapY);
                  float xFloor = floor(mapX);
                  float yCeil = yFloor + 1.0;
                  float xCeil = xFloor + 1.0;
                  float valueYFloor = (xCeil - mapX) *
                  readWithFillValue(batch, int(yFloor), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yFloor), int(xCeil), channel);
                  float valueYCeil = (xCeil - mapX) *
                  readWithFillValue(batch, int(yCeil), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yCeil), int(xCeil), channel);
                  outputValue = (yCeil - mapY) * valueYFloor +
                  (mapY - yFloor) * valueYCeil;
                }
              }
              setOutput(outputValue);
            }
        `}};function gz(n){let{inputs:t,backend:e,attrs:o}=n,{image:r,transforms:s}=t,{interpolation:i,fillMode:u,fillValue:l,outputShape:a}=o,[c,p,d,m]=r.shape,[f,h]=a??[p,d],g=[c,f,h,m],x=new Sd(p,d,i,u,l,g);return e.runWebGLProgram(x,[r,s],"float32")}var RT={kernelName:bs,backendName:"webgl",kernelFunc:gz};function xz(n){let{inputs:t,attrs:e,backend:o}=n,{axis:r}=e,{x:s}=t;zn(s,"unique"),console.warn("WARNING: ","UI might be locked temporarily as data is being downloaded");let i=o.readSync(s.dataId),{outputValues:u,outputShape:l,indices:a}=Wv(i,r,s.shape,s.dtype);return[o.makeTensorInfo(l,s.dtype,u),o.makeTensorInfo([a.length],"int32",a)]}var AT={kernelName:ei,backendName:"webgl",kernelFunc:xz};function bz(n){let{inputs:t,backend:e,attrs:o}=n,{value:r}=t,{axis:s}=o;s<0&&(s+=r.shape.length);let i=r,u=i.shape.length,l=r.shape[s],a=new Array(u-1),c=0;for(let h=0;h<u;h++)h!==s&&(a[c++]=i.shape[h]);let p=[],d=new Array(u).fill(0),m=i.shape.slice();m[s]=1;let f=new Array(l);for(let h=0;h<f.length;h++){d[s]=h;let g=An({inputs:{x:i},backend:e,attrs:{begin:d,size:m}}),x=z({inputs:{x:g},backend:e,attrs:{shape:a}});f[h]=x,p.push(g)}return p.forEach(h=>e.disposeIntermediateTensorInfo(h)),f}var ET={kernelName:ti,backendName:"webgl",kernelFunc:bz};var vd=class{constructor(t,e){this.variableNames=["x","segmentIds"];let o=t.windowSize,r=t.batchSize,s=t.inSize,i=t.numSegments,u=i*Math.ceil(s/o);this.outputShape=[r,u];let l="0.0",a="sumValue",c=Math.floor(o/4)*4,p=o%4,d=`
        sumValue += dot(values, segFilter);
    `,m="";s%o>0&&(m=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `);let f="";s%o>0&&(f=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return -1.0;
        }
      `),this.userCode=`
      const float initializationValue = ${l};

      float getValue(int batch, int inIdx) {
        ${m}
        return getX(batch, inIdx);
      }

      float getSegmentIdAtIndex(int inIdx) {
        ${f}
        return getSegmentIds(inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = int(floor(float(outIdx) / float(
          ${i})) * float(${o}));
        int currentSeg = int(mod(float(outIdx), float(${i})));

        float sumValue = 0.0;

        for (int i = 0; i < ${c}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 3)) == currentSeg ? 1 : 0
          );

          ${d}
        }

        int inIdx = inOffset + ${c};
        if (${p===1}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          int inIdxSeg = int(getSegmentIdAtIndex(inIdx));

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            0,
            0,
            0
          );

          ${d}
        } else if (${p===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
              0,
              0
          );

          ${d}
        } else if (${p===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            0
          );

          ${d}
        }
        setOutput(${a});
      }
    `}};function yz(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,segmentIds:s}=t,{numSegments:i}=o,u=r.shape.length,l=[],a=0,c=I.getAxesPermutation([a],u),p=r;c!=null&&(p=He({inputs:{x:r},backend:e,attrs:{perm:c}}),l.push(p),a=I.getInnerMostAxes(1,u)[0]);let d=I.segment_util.computeOutShape(p.shape,a,i),m=b.sizeFromShape([p.shape[a]]),f=z({inputs:{x:p},backend:e,attrs:{shape:[-1,m]}});l.push(f);let h=Rs(r.dtype),g=(w,S,v,k,T)=>{let R=w.shape[0],A=w.shape[1],F=I.segment_util.segOpComputeOptimalWindowSize(A,T),D={windowSize:F,inSize:A,batchSize:R,numSegments:T},$=new vd(D,S),O=e.compileAndRun($,[w,v],k);if(l.push(O),O.shape[1]===T)return O;let P=Ux({backend:e,attrs:{start:0,stop:T,step:1,dtype:"float32"}}),B=zx({inputs:{x:P},backend:e,attrs:{reps:[A/F]}});return l.push(P),l.push(B),g(O,S,B,k,T)},x=g(f,"unsortedSegmentSum",s,h,i),y=z({inputs:{x},backend:e,attrs:{shape:d}}),C=y;if(c!=null){l.push(y);let w=I.getUndoAxesPermutation(c);C=He({inputs:{x:C},backend:e,attrs:{perm:w}})}return l.forEach(w=>e.disposeIntermediateTensorInfo(w)),C}var FT={kernelName:zl,backendName:"webgl",kernelFunc:yz};var Cz=[fk,gk,xk,bk,Ck,Ik,wk,Sk,_k,Tk,Nk,Rk,Ak,Ek,Fk,Dk,$k,Mk,Pk,Ok,Bk,Vk,Wk,Uk,zk,Kk,Xk,Yk,ok,Qk,e1,t1,n1,r1,o1,s1,a1,i1,u1,l1,d1,m1,f1,h1,g1,x1,b1,y1,C1,I1,w1,S1,v1,k1,_1,T1,R1,A1,E1,F1,$1,M1,P1,O1,B1,L1,V1,W1,U1,rk,z1,Jk,G1,H1,q1,sk,K1,j1,X1,Y1,Z1,Q1,J1,e_,t_,n_,o_,s_,a_,i_,u_,l_,p_,m_,f_,h_,g_,x_,w_,uk,S_,v_,k_,__,Gk,T_,A_,E_,F_,D_,ak,$_,M_,P_,O_,B_,Hk,b_,L_,V_,W_,ck,U_,z_,G_,H_,q_,K_,j_,X_,Y_,Z_,Q_,J_,eT,tT,nT,rT,Lk,I_,oT,sT,aT,iT,uT,lT,cT,pT,mT,fT,gT,xT,bT,yT,CT,IT,wT,C_,dk,ST,vT,kT,_T,NT,RT,mk,AT,ET,FT,N_];for(let n of Cz)ni(n);var ue;(function(n){n[n.float32=0]="float32",n[n.int32=1]="int32",n[n.bool=2]="bool",n[n.string=3]="string",n[n.complex64=4]="complex64"})(ue||(ue={}));var zr;(function(n){n[n.linear=0]="linear",n[n.relu=1]="relu",n[n.relu6=2]="relu6",n[n.prelu=3]="prelu",n[n.leakyrelu=4]="leakyrelu",n[n.sigmoid=5]="sigmoid",n[n.elu=6]="elu"})(zr||(zr={}));var DT;function Iz(n){DT=n.wasm.cwrap(Is,null,["number","array","number","number","array","number","number","number","number","number","number","number","number"])}function wz(n){let{inputs:t,backend:e,attrs:o}=n,{a:r,b:s,bias:i,preluActivationWeights:u}=t;if(r.dtype!=="float32"||s.dtype!=="float32")throw new Error("_FusedMatMul for non non-float32 tensors not yet supported.");let{transposeA:l,transposeB:a,activation:c,leakyreluAlpha:p}=o,d=e.dataIdMap.get(r.dataId).id,m=e.dataIdMap.get(s.dataId).id,f=0;if(i!=null){let T=e.dataIdMap.get(i.dataId);if(T.shape.length!==1)throw new Error(`_FusedMatMul only supports rank-1 bias but got rank ${T.shape.length}.`);f=T.id}let h=u==null?0:e.dataIdMap.get(u.dataId).id,g=zr[c];if(g==null)throw new Error(`${c} activation not yet supported for FusedConv2D in the wasm backend.`);let x=l?r.shape[2]:r.shape[1],y=a?s.shape[1]:s.shape[2],C=vn.assertAndGetBroadcastShape(r.shape.slice(0,-2),s.shape.slice(0,-2)),w=e.makeOutput([...C,x,y],r.dtype),S=e.dataIdMap.get(w.dataId).id,v=new Uint8Array(new Int32Array(r.shape).buffer),k=new Uint8Array(new Int32Array(s.shape).buffer);return DT(d,v,r.shape.length,m,k,s.shape.length,l,a,g,f,h,p||0,S),w}var $T={kernelName:Is,backendName:"wasm",setupFunc:Iz,kernelFunc:wz};function re(n,t){let e;function o(s){e=s.wasm.cwrap(n,null,["number","number","number"])}function r(s){let{backend:i,inputs:{x:u}}=s,l=i.dataIdMap.get(u.dataId).id,a=i.makeOutput(u.shape,t||u.dtype),c=i.dataIdMap.get(a.dataId).id;return b.sizeFromShape(a.shape)===0||e(l,ue[u.dtype],c),a}return{kernelName:n,backendName:"wasm",setupFunc:o,kernelFunc:r}}var MT=re("Abs");var PT=re(Yr);var OT=re(Zr);function Ne(n,t,e){let o;function r(i){o=i.wasm.cwrap(n,null,["number","array","number","number","array","number","number","number"])}function s(i){let{backend:u,inputs:l}=i,{a,b:c}=l,p=u.dataIdMap.get(a.dataId).id,d=u.dataIdMap.get(c.dataId).id,m=e??a.dtype,f=I.assertAndGetBroadcastShape(a.shape,c.shape),h=u.makeOutput(f,m);if(b.sizeFromShape(f)===0)return h;let g=new Uint8Array(new Int32Array(a.shape).buffer),x=new Uint8Array(new Int32Array(c.shape).buffer),y=u.dataIdMap.get(h.dataId).id;return o(p,g,a.shape.length,d,x,c.shape.length,ue[a.dtype],y),h}return{kernelName:n,backendName:"wasm",setupFunc:r,kernelFunc:s}}var Sz=!0,BT=Ne("Add",Sz);var LT;function vz(n){LT=n.wasm.cwrap(Qr,null,["array","number","number","number"])}function kz(n){let{inputs:t,backend:e}=n,o=e.makeOutput(t[0].shape,t[0].dtype);if(b.sizeFromShape(o.shape)===0)return o;let r=t.map(u=>e.dataIdMap.get(u.dataId).id),s=new Uint8Array(new Int32Array(r).buffer),i=e.dataIdMap.get(o.dataId).id;return LT(s,r.length,ue[o.dtype],i),o}var VT={kernelName:Qr,backendName:"wasm",setupFunc:vz,kernelFunc:kz};function oa(n){let{inputs:{x:t},backend:e}=n;if(t.dtype==="string")return wu(e.readSync(t.dataId),t.shape,t.dtype);let o=e.makeOutput(t.shape,t.dtype),r=e.typedArrayFromHeap(t);return e.typedArrayFromHeap(o).set(r),o}var WT={kernelName:Mn,backendName:"wasm",kernelFunc:oa};var UT;function _z(n){UT=n.wasm.cwrap(ys,null,["number","array","number","number","number","array","number"])}function cn(n){let{inputs:t,backend:e,attrs:o}=n,[r,s]=Nz(t.x.shape,o.perm),i=!0;for(let f=0;f<s.length;f++)s[f]!==f&&(i=!1);let u=Tz(t.x.shape,o.perm),l={dataId:t.x.dataId,shape:r,dtype:t.x.dtype};if(i){let f=oa({inputs:t,backend:e});return f.shape=u,f}let a=e.makeOutput(u,l.dtype),c=e.dataIdMap.get(l.dataId).id,p=e.dataIdMap.get(a.dataId).id,d=new Uint8Array(new Int32Array(s).buffer),m=new Uint8Array(new Int32Array(l.shape).buffer);return UT(c,m,l.shape.length,ue[l.dtype],p,d,s.length),a}function Tz(n,t){let e=new Array(n.length);for(let o=0;o<e.length;o++)e[o]=n[t[o]];return e}function Nz(n,t){let e=[],o=[];for(let r=0;r<n.length;++r)n[r]!==1&&e.push(n[r]),n[t[r]]!==1&&o.push(t[r]);for(let r=0;r<o.length;++r){let s=-1;for(let i=0;i<o.length;++i)o[i]>=r&&(s===-1||o[s]>o[i])&&(s=i);o[s]=r}return[e,o]}var zT={kernelName:ys,backendName:"wasm",kernelFunc:cn,setupFunc:_z};function Et(n,t,e){let o=n.shape,r=n.shape.length,s=b.parseAxisParam(t,o),i=s,u=I.getAxesPermutation(i,r),l=null,a=!1;if(u!=null){let c=new Array(r);for(let m=0;m<c.length;m++)c[m]=o[u[m]];i=I.getInnerMostAxes(i.length,r),l=cn({inputs:{x:n},attrs:{perm:u},backend:e});let p=e.dataIdMap.get(n.dataId).id;e.dataIdMap.get(l.dataId).id!==p&&(a=!0)}return{transposed:l,originalAxes:s,axes:i,inputWasTransposed:a}}var GT;function Rz(n){GT=n.wasm.cwrap("All",null,["number, number, number"])}function Az(n){let{backend:t,inputs:e,attrs:o}=n,{axis:r,keepDims:s}=o,{x:i}=e,l=t.dataIdMap.get(i.dataId).id,a=i,{transposed:c,axes:p,originalAxes:d,inputWasTransposed:m}=Et(i,r,t);if(m){let C=t.dataIdMap.get(c.dataId).id;a=c,l=C}let f=a.shape.length;I.assertAxesAreInnerMostDims("all",p,f);let[h,g]=I.computeOutAndReduceShapes(a.shape,p),x=b.sizeFromShape(g),y=t.makeOutput(h,i.dtype);if(b.sizeFromShape(a.shape)!==0){let C=t.dataIdMap.get(y.dataId).id;GT(l,x,C)}if(m&&t.disposeData(c.dataId),s){let C=I.expandShapeToKeepDim(y.shape,d);y.shape=C}return y}var HT={kernelName:"All",backendName:"wasm",setupFunc:Rz,kernelFunc:Az};var qT;function Ez(n){qT=n.wasm.cwrap("Any",null,["number, number, number"])}function Fz(n){let{backend:t,inputs:e,attrs:o}=n,{axis:r,keepDims:s}=o,{x:i}=e,l=t.dataIdMap.get(i.dataId).id,a=i,{transposed:c,axes:p,originalAxes:d,inputWasTransposed:m}=Et(i,r,t);if(m){let C=t.dataIdMap.get(c.dataId).id;a=c,l=C}let f=a.shape.length;I.assertAxesAreInnerMostDims("any",p,f);let[h,g]=I.computeOutAndReduceShapes(a.shape,p),x=b.sizeFromShape(g),y=t.makeOutput(h,i.dtype);if(b.sizeFromShape(a.shape)!==0){let C=t.dataIdMap.get(y.dataId).id;qT(l,x,C)}if(m&&t.disposeData(c.dataId),s){let C=I.expandShapeToKeepDim(y.shape,d);y.shape=C}return y}var KT={kernelName:"Any",backendName:"wasm",setupFunc:Ez,kernelFunc:Fz};function kd(n){let t;function e(r){t=r.wasm.cwrap(n,null,["number","number","number","number","number"])}function o(r){let{backend:s,inputs:i,attrs:u}=r,{axis:l}=u,{x:a}=i,c=s.dataIdMap.get(a.dataId).id,p=c,d=a,{transposed:m,axes:f,inputWasTransposed:h}=Et(a,l,s);if(h){let S=s.dataIdMap.get(m.dataId).id;S!==c&&(d=m,p=S)}let g=d.shape.slice(0,-1),x=s.makeOutput(g,"int32"),y=s.dataIdMap.get(x.dataId).id,C=b.sizeFromShape(x.shape),w=d.shape[f[0]];return t(p,ue[d.dtype],C,w,y),h&&s.disposeData(m.dataId),x}return{kernelName:n,backendName:"wasm",setupFunc:e,kernelFunc:o}}var jT=kd(Ca);var XT=kd(Ia);var YT=re(Jr);var ZT=re(eo);var QT=re(to);var JT=Ne(ro,!1);var eN=re(no);var tN;function Dz(n){tN=n.wasm.cwrap(oo,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function $z(n){let{inputs:t,attrs:e,backend:o}=n,r=t.x,s=o.dataIdMap.get(r.dataId).id,{filterSize:i,strides:u,pad:l,dimRoundingMode:a}=e,c=I.computePool2DInfo(r.shape,i,u,1,l,a),p=c.filterHeight,d=c.filterWidth,m=c.padInfo.top,f=c.padInfo.right,h=c.padInfo.bottom,g=c.padInfo.left,x=c.strideHeight,y=c.strideWidth,C=c.inChannels;if(c.dataFormat!=="channelsLast")throw new Error(`wasm backend does not support dataFormat:'${c.dataFormat}'. Please use 'channelsLast'.`);if(c.dilationWidth!==1||c.dilationHeight!==1)throw new Error(`was backend only supports average pooling with dilation = [1, 1], got [${c.dilationHeight}, ${c.dilationWidth}].`);let w=o.makeOutput(c.outShape,"float32"),S=o.dataIdMap.get(w.dataId).id;return tN(s,r.shape[0],r.shape[1],r.shape[2],p,d,m,f,h,g,x,y,C,S),w}var nN={kernelName:oo,backendName:"wasm",setupFunc:Dz,kernelFunc:$z};var rN;function Mz(n){rN=n.wasm.cwrap("AvgPool3D",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Pz(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{filterSize:s,strides:i,pad:u,dimRoundingMode:l,dataFormat:a}=o,c=I.computePool3DInfo(r.shape,s,i,1,u,l,a),p=e.makeOutput(c.outShape,r.dtype);return rN(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(p.dataId).id,c.batchSize,c.inChannels,c.inDepth,c.inHeight,c.inWidth,c.outDepth,c.outHeight,c.outWidth,c.strideDepth,c.strideHeight,c.strideWidth,c.dilationDepth,c.dilationHeight,c.dilationWidth,c.effectiveFilterDepth,c.effectiveFilterHeight,c.effectiveFilterWidth,c.padInfo.front,c.padInfo.top,c.padInfo.left),p}var oN={kernelName:Sa,backendName:"wasm",setupFunc:Mz,kernelFunc:Pz};var sN;function Oz(n){sN=n.wasm.cwrap("AvgPool3DGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Bz(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,{filterSize:i,strides:u,pad:l,dimRoundingMode:a}=o,c=I.computePool3DInfo(s.shape,i,u,1,l,a),p=e.makeOutput(s.shape,s.dtype);return sN(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(p.dataId).id,c.batchSize,c.inChannels,c.inDepth,c.inHeight,c.inWidth,c.outDepth,c.outHeight,c.outWidth,c.strideDepth,c.strideHeight,c.strideWidth,c.dilationDepth,c.dilationHeight,c.dilationWidth,c.effectiveFilterDepth,c.effectiveFilterHeight,c.effectiveFilterWidth,c.padInfo.front,c.padInfo.top,c.padInfo.left,c.filterDepth,c.filterHeight,c.filterWidth),p}var aN={kernelName:va,backendName:"wasm",setupFunc:Oz,kernelFunc:Bz};var iN;function Lz(n){iN=n.wasm.cwrap("AvgPoolGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Vz(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,{filterSize:i,strides:u,pad:l}=o,a=I.computePool2DInfo(s.shape,i,u,1,l),c=e.makeOutput(s.shape,s.dtype);return iN(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(c.dataId).id,a.batchSize,a.inChannels,a.inHeight,a.inWidth,a.outHeight,a.outWidth,a.strideHeight,a.strideWidth,a.dilationHeight,a.dilationWidth,a.effectiveFilterHeight,a.effectiveFilterWidth,a.padInfo.top,a.padInfo.left,a.filterHeight,a.filterWidth),c}var uN={kernelName:wa,backendName:"wasm",setupFunc:Lz,kernelFunc:Vz};function it(n){let{inputs:t,attrs:e}=n,{x:o}=t,{shape:r}=e,s=b.sizeFromShape(o.shape),i=b.inferFromImplicitShape(r,s);return b.assert(s===b.sizeFromShape(i),()=>`new shape: ${i}, old shape: ${o.shape}. New shape and old shape must have the same number of elements.`),n.backend.incRef(o.dataId),{dataId:o.dataId,shape:i,dtype:o.dtype}}var lN={kernelName:Ar,backendName:"wasm",kernelFunc:it};var cN;function Wz(n){cN=n.wasm.cwrap(Zn,null,["number","array","number","number","array","number","number","number","number"])}function Uz(n){let{inputs:t,backend:e,attrs:o}=n,{a:r,b:s}=t,{transposeA:i,transposeB:u}=o;if(r.dtype!=="float32"||s.dtype!=="float32")throw new Error("BatchMatMul for non non-float32 tensors not yet supported.");let l=r.shape.length,a=s.shape.length,c=i?r.shape[l-2]:r.shape[l-1],p=u?s.shape[a-1]:s.shape[a-2],d=i?r.shape[l-1]:r.shape[l-2],m=u?s.shape[a-2]:s.shape[a-1],f=r.shape.slice(0,-2),h=s.shape.slice(0,-2),g=b.sizeFromShape(f),x=b.sizeFromShape(h),C=vn.assertAndGetBroadcastShape(r.shape.slice(0,-2),s.shape.slice(0,-2)).concat([d,m]);b.assert(c===p,()=>`Error in matMul: inner shapes (${c}) and (${p}) of Tensors with shapes ${r.shape} and ${s.shape} and transposeA=${i} and transposeB=${u} must match.`);let w=i?[g,c,d]:[g,d,c],S=u?[x,m,p]:[x,p,m],v=it({inputs:{x:r},backend:e,attrs:{shape:w}}),k=it({inputs:{x:s},backend:e,attrs:{shape:S}}),T=e.dataIdMap.get(v.dataId).id,R=e.dataIdMap.get(k.dataId).id,A=i?v.shape[2]:v.shape[1],F=u?k.shape[1]:k.shape[2],D=Math.max(g,x),$=e.makeOutput([D,A,F],v.dtype),O=e.dataIdMap.get($.dataId).id,P=new Uint8Array(new Int32Array(v.shape).buffer),B=new Uint8Array(new Int32Array(k.shape).buffer);return cN(T,P,v.shape.length,R,B,k.shape.length,i,u,O),e.disposeData(v.dataId),e.disposeData(k.dataId),$.shape=C,$}var pN={kernelName:Zn,backendName:"wasm",setupFunc:Wz,kernelFunc:Uz};function yn(n){let{inputs:{x:t},attrs:{begin:e,size:o},backend:r}=n,[s,i]=Ke.parseSliceParams(t,e,o),u=Ke.isSliceContinous(t.shape,s,i),l=r.readSync(t.dataId),a=r.makeOutput(i,t.dtype),c=b.computeStrides(t.shape),p=r.dataIdMap.get(a.dataId);if(u){let f=Ke.computeFlatOffset(s,c);return t.dtype==="string"?p.stringBytes=l.slice(f,f+b.sizeFromShape(i)):r.typedArrayFromHeap(a).set(l.subarray(f,f+b.sizeFromShape(i))),a}if(t.dtype==="string"){let f=Ws(l,s,i,t.shape,t.dtype);return p.stringBytes=f,a}let d=r.typedArrayFromHeap(a),m=t.shape.length;if(m===2)zz(l,c[0],d,s,i);else if(m===3)Gz(l,c[0],c[1],d,s,i);else if(m===4)Hz(l,c[0],c[1],c[2],d,s,i);else{let f=Ws(l,s,i,t.shape,t.dtype);d.set(f)}return a}function zz(n,t,e,o,r){let s=0,i=o[0],u=o[1],l=i+r[0];for(let a=i;a<l;a++){let c=a*t+u;e.set(n.subarray(c,c+r[1]),s),s+=r[1]}}function Gz(n,t,e,o,r,s){let i=0,u=r[0],l=r[1],a=r[2],c=u+s[0],p=l+s[1];for(let d=u;d<c;d++)for(let m=l;m<p;m++){let f=d*t+m*e+a;o.set(n.subarray(f,f+s[2]),i),i+=s[2]}}function Hz(n,t,e,o,r,s,i){let u=0,l=s[0],a=s[1],c=s[2],p=l+i[0],d=a+i[1],m=c+i[2],f=s[3];for(let h=l;h<p;h++)for(let g=a;g<d;g++)for(let x=c;x<m;x++){let y=h*t+g*e+x*o+f;r.set(n.subarray(y,y+i[3]),u),u+=i[3]}}var dN={kernelName:Ga,backendName:"wasm",kernelFunc:yn};function qz(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{blockShape:s,crops:i}=o,u=s.reduce((x,y)=>x*y),l=I.getReshaped(r.shape,s,u),a=I.getPermuted(l.length,s.length),c=I.getReshapedPermuted(r.shape,s,u),p=I.getSliceBeginCoords(i,s.length),d=I.getSliceSize(c,i,s.length),m=it({inputs:{x:r},backend:e,attrs:{shape:l}}),f=cn({inputs:{x:m},backend:e,attrs:{perm:a}}),h=it({inputs:{x:f},backend:e,attrs:{shape:c}}),g=yn({inputs:{x:h},backend:e,attrs:{begin:p,size:d}});return e.disposeData(m.dataId),e.disposeData(f.dataId),e.disposeData(h.dataId),g}var mN={kernelName:ka,backendName:"wasm",kernelFunc:qz};var fN;function Kz(n){fN=n.wasm.cwrap(so,null,["number","number","boolean","number","number","number"])}function jz(n){let{backend:t,inputs:e,attrs:o}=n,{x:r,weights:s}=e,{size:i}=o,u=s.shape.reduce((p,d)=>p*d,1)!==0,l=r.shape.length===1?[i]:[r.shape[0],i],a=t.makeOutput(l,s.dtype);function c(p){return t.dataIdMap.get(p.dataId).id}return fN(c(r),i,u,c(s),ue[s.dtype],c(a)),a}var hN={kernelName:so,backendName:"wasm",setupFunc:Kz,kernelFunc:jz};var Xz=!0,gN=Ne(ao,Xz);function Yz(n){let{inputs:t,backend:e}=n,{s0:o,s1:r}=t,s=e.typedArrayFromHeap(o),i=e.typedArrayFromHeap(r),u=I.assertAndGetBroadcastShape(Array.from(s),Array.from(i));return e.makeOutput([u.length],"int32",void 0,new Int32Array(u))}var xN={kernelName:_a,backendName:"wasm",kernelFunc:Yz};function Ut(n){let{inputs:{x:t},attrs:{dtype:e},backend:o}=n,r=o.makeOutput(t.shape,e),s=o.typedArrayFromHeap(t);return o.typedArrayFromHeap(r).set(s),r}var bN={kernelName:$n,backendName:"wasm",kernelFunc:Ut};var yN=re(io);var CN;function Zz(n){CN=n.wasm.cwrap(Nr,null,["number","number","number","number"])}function Qz(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{clipValueMin:s,clipValueMax:i}=o,u=e.dataIdMap.get(r.dataId).id,l=e.makeOutput(r.shape,r.dtype),a=e.dataIdMap.get(l.dataId).id;return CN(u,s,i,a),l}var IN={kernelName:Nr,backendName:"wasm",setupFunc:Zz,kernelFunc:Qz};function Gx(n){let{inputs:t,backend:e}=n,o=b.parseAxisParam(n.attrs.axis,t[0].shape)[0],r=t.map(m=>m.shape);I.assertParamsConsistent(r,o);let s=I.computeOutShape(t.map(m=>m.shape),o),i=t.filter(m=>b.sizeFromShape(m.shape)>0);if(i.length===1)return oa({inputs:{x:i[0]},backend:e});let u=e.makeOutput(s,t[0].dtype);if(b.sizeFromShape(s)===0)return u;if(i[0].dtype==="string"){let m=i.map(C=>{let S=[-1,b.sizeFromShape(C.shape.slice(o))];return it({inputs:{x:C},backend:e,attrs:{shape:S}})}),f=m.map(C=>({vals:e.readSync(C.dataId),shape:C.shape}));s=I.computeOutShape(m.map(C=>C.shape),1);let h=m[0].shape[0]===1,g=Bs(f,s,t[0].dtype,h),x=I.computeOutShape(i.map(C=>C.shape),o);u.shape=x;let y=e.dataIdMap.get(u.dataId);return y.stringBytes=I.fromStringArrayToUint8(g),m.forEach(C=>e.disposeData(C.dataId)),u}let l=b.sizeFromShape(i[0].shape.slice(0,o)),a=0,c=i.map(m=>{let f=b.sizeFromShape(m.shape.slice(o));return a+=f,f}),p=i.map(m=>e.typedArrayFromHeap(m)),d=e.typedArrayFromHeap(u);for(let m=0;m<l;m++){let f=m*a;for(let h=0;h<p.length;h++){let g=c[h],x=m*g,y=p[h].subarray(x,x+g);d.set(y,f),f+=g}}return u}var wN={kernelName:Ra,backendName:"wasm",kernelFunc:Gx};var SN;function Jz(n){SN=n.wasm.cwrap(Qn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function eG(n){let{inputs:t,attrs:e,backend:o}=n,{x:r,filter:s}=t,i=o.dataIdMap.get(r.dataId).id,u=o.dataIdMap.get(s.dataId).id,{strides:l,dilations:a,pad:c,dimRoundingMode:p,dataFormat:d}=e,m=I.convertConv2DDataFormat(d),f=I.computeConv2DInfo(r.shape,s.shape,l,a,c,p,!1,m),h=f.filterHeight,g=f.filterWidth,x=f.padInfo.top,y=f.padInfo.right,C=f.padInfo.bottom,w=f.padInfo.left,S=f.dilationHeight,v=f.dilationWidth,k=f.strideHeight,T=f.strideWidth,R=f.inChannels,A=f.outChannels,F=f.padInfo.type==="SAME"?1:0;if(f.dataFormat!=="channelsLast")throw new Error(`wasm backend Conv2D does not support dataFormat:'${f.dataFormat}'. Please use 'channelsLast'.`);let D=o.makeOutput(f.outShape,"float32"),$=o.dataIdMap.get(D.dataId).id;return SN(i,r.shape[0],r.shape[1],r.shape[2],u,h,g,x,y,C,w,F,S,v,k,T,R,A,$),D}var vN={kernelName:Qn,backendName:"wasm",setupFunc:Jz,kernelFunc:eG};var kN;function tG(n){kN=n.wasm.cwrap(uo,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function nG(n){let{backend:t,inputs:e,attrs:o}=n,{dy:r,filter:s}=e,{strides:i,pad:u,dataFormat:l,dimRoundingMode:a,inputShape:c}=o,p=1,d=I.convertConv2DDataFormat(l),m=I.computeConv2DInfo(c,s.shape,i,p,u,a,!1,d),{batchSize:f,filterHeight:h,filterWidth:g,inChannels:x,inHeight:y,inWidth:C,outChannels:w,outHeight:S,outWidth:v,strideHeight:k,strideWidth:T}=m,R=h-1-m.padInfo.top,A=g-1-m.padInfo.left,F=m.dataFormat==="channelsLast",D=b.computeStrides(m.inShape),$=b.computeStrides(r.shape),[O,P,B]=b.computeStrides(s.shape),V=D[0],L=F?D[1]:D[2],U=F?D[2]:1,q=F?1:D[1],j=$[0],X=F?$[1]:$[2],G=F?$[2]:1,H=F?1:$[1],Z=t.makeOutput(m.inShape,"float32"),ee=t.dataIdMap.get(Z.dataId).id,ae=t.dataIdMap.get(r.dataId).id,fe=t.dataIdMap.get(s.dataId).id;return kN(ae,fe,f,h,g,y,C,x,S,v,w,k,T,R,A,O,P,B,V,L,U,q,j,X,G,H,ee),Z}var _N={kernelName:uo,backendName:"wasm",setupFunc:tG,kernelFunc:nG};var TN;function rG(n){TN=n.wasm.cwrap(lo,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function oG(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dilations:l}=o;if(r.dtype!=="float32")throw new Error(`Tensor x must have dtype float32, got ${r.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let a=I.computeConv3DInfo(r.shape,s.shape,i,l,u),c=e.makeOutput(a.outShape,r.dtype);return TN(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(c.dataId).id,a.batchSize,a.inDepth,a.inHeight,a.inWidth,a.inChannels,a.outDepth,a.outHeight,a.outWidth,a.outChannels,a.strideDepth,a.strideHeight,a.strideWidth,a.dilationDepth,a.dilationHeight,a.dilationWidth,a.filterDepth,a.filterHeight,a.filterWidth,a.padInfo.front,a.padInfo.top,a.padInfo.left),c}var NN={kernelName:lo,backendName:"wasm",setupFunc:rG,kernelFunc:oG};var RN;function sG(n){RN=n.wasm.cwrap(co,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function aG(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,dy:s}=t,{strides:i,pad:u,filterShape:l}=o;if(r.dtype!=="float32")throw new Error(`Tensor dy must have dtype float32, got ${r.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let a=I.computeConv3DInfo(r.shape,l,i,1,u),c=e.makeOutput(a.filterShape,s.dtype);return RN(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(c.dataId).id,a.batchSize,a.inDepth,a.inHeight,a.inWidth,a.inChannels,a.outDepth,a.outHeight,a.outWidth,a.outChannels,a.strideDepth,a.strideHeight,a.strideWidth,a.dilationDepth,a.dilationHeight,a.dilationWidth,a.filterDepth,a.filterHeight,a.filterWidth,a.padInfo.front,a.padInfo.top,a.padInfo.left),c}var AN={kernelName:co,backendName:"wasm",setupFunc:sG,kernelFunc:aG};var EN;function iG(n){EN=n.wasm.cwrap(po,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function uG(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,filter:s}=t,{pad:i,strides:u,inputShape:l}=o;if(r.dtype!=="float32")throw new Error(`Tensor dy must have dtype float32, got ${r.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let a=I.computeConv3DInfo(l,s.shape,u,1,i),c=e.makeOutput(a.inShape,r.dtype);return EN(e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(c.dataId).id,a.batchSize,a.inDepth,a.inHeight,a.inWidth,a.inChannels,a.outDepth,a.outHeight,a.outWidth,a.outChannels,a.strideDepth,a.strideHeight,a.strideWidth,a.dilationDepth,a.dilationHeight,a.dilationWidth,a.filterDepth,a.filterHeight,a.filterWidth,a.padInfo.front,a.padInfo.top,a.padInfo.left),c}var FN={kernelName:po,backendName:"wasm",setupFunc:iG,kernelFunc:uG};var DN=re("Cos");var $N=re(mo);var Hx;(function(n){n[n.bilinear=0]="bilinear",n[n.nearest=1]="nearest"})(Hx||(Hx={}));var MN;function lG(n){MN=n.wasm.cwrap(go,null,["number","number","number","number","array","number","number","number","number","number"])}function cG(n){let{backend:t,inputs:e,attrs:o}=n,{method:r,extrapolationValue:s,cropSize:i}=o,{image:u,boxes:l,boxInd:a}=e,c=l.shape[0],[p,d]=i,m=[c,p,d,u.shape[3]],f=t.dataIdMap.get(u.dataId),h;u.dtype!=="float32"&&(h=Ut({backend:t,inputs:{x:u},attrs:{dtype:"float32"}}),f=t.dataIdMap.get(h.dataId));let g=f.id,x=t.dataIdMap.get(l.dataId).id,y=t.dataIdMap.get(a.dataId).id,C=t.makeOutput(m,"float32"),w=t.dataIdMap.get(C.dataId).id,S=new Uint8Array(new Int32Array(u.shape).buffer);return MN(g,x,y,c,S,p,d,Hx[r],s,w),h!=null&&t.disposeData(h.dataId),C}var PN={kernelName:go,backendName:"wasm",setupFunc:lG,kernelFunc:cG};var ON;function pG(n){ON=n.wasm.cwrap(fo,null,["number","number","number","number","number","number"])}function dG(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,exclusive:i,reverse:u}=o,l=r.shape.length;b.assert(r.dtype==="float32"||r.dtype==="int32",()=>`cumprod does not support ${r.dtype} tensors in the WASM backend`);let a=I.getAxesPermutation([s],l),c=r;a!==null&&(c=cn({inputs:{x:r},attrs:{perm:a},backend:e}));let p=I.getInnerMostAxes(1,l)[0];I.assertAxesAreInnerMostDims("cumprod",[p],l);let d=e.makeOutput(c.shape,c.dtype),m=c.shape[p],f=e.dataIdMap.get(c.dataId).id,h=e.dataIdMap.get(d.dataId).id;ON(f,i?1:0,u?1:0,m,h,ue[r.dtype]);let g=d;if(a!==null){let x=I.getUndoAxesPermutation(a);g=cn({inputs:{x:d},attrs:{perm:x},backend:e}),e.disposeData(c.dataId),e.disposeData(d.dataId)}return g}var BN={kernelName:fo,backendName:"wasm",setupFunc:pG,kernelFunc:dG};var LN;function mG(n){LN=n.wasm.cwrap(ho,null,["number","number","number","number","number","number"])}function fG(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{axis:s,exclusive:i,reverse:u}=o,l=r.shape.length;b.assert(r.dtype==="float32"||r.dtype==="int32",()=>`cumsum does not support ${r.dtype} tensors in the WASM backend`);let a=I.getAxesPermutation([s],l),c=r;a!==null&&(c=cn({inputs:{x:r},attrs:{perm:a},backend:e}));let p=I.getInnerMostAxes(1,l)[0];I.assertAxesAreInnerMostDims("cumsum",[p],l);let d=e.makeOutput(c.shape,c.dtype),m=c.shape[p],f=e.dataIdMap.get(c.dataId).id,h=e.dataIdMap.get(d.dataId).id;LN(f,i?1:0,u?1:0,m,h,ue[r.dtype]);let g=d;if(a!==null){let x=I.getUndoAxesPermutation(a);g=cn({inputs:{x:d},attrs:{perm:x},backend:e}),e.disposeData(c.dataId),e.disposeData(d.dataId)}return g}var VN={kernelName:ho,backendName:"wasm",setupFunc:mG,kernelFunc:fG};var WN;function hG(n){WN=n.wasm.cwrap("DenseBincount",null,["number","array","number","number","boolean","number","number","boolean","number"])}function gG(n){let{backend:t,inputs:e,attrs:o}=n,{x:r,weights:s}=e,{size:i,binaryOutput:u}=o,l=s.shape.reduce((d,m)=>d*m,1)!==0,a=r.shape.length===1?[i]:[r.shape[0],i],c=t.makeOutput(a,s.dtype);function p(d){return t.dataIdMap.get(d.dataId).id}return WN(p(r),new Uint8Array(new Int32Array(r.shape).buffer),r.shape.length,i,l,p(s),ue[s.dtype],u,p(c)),c}var UN={kernelName:Aa,backendName:"wasm",setupFunc:hG,kernelFunc:gG};var zN;function xG(n){zN=n.wasm.cwrap(xo,null,["number","number","number","array","number","array","array","number","number"])}function bG(n){let{backend:t,inputs:e,attrs:o}=n,{x:r}=e,{blockSize:s,dataFormat:i}=o,u=r.shape[0],l=i==="NHWC"?r.shape[1]:r.shape[2],a=i==="NHWC"?r.shape[2]:r.shape[3],c=i==="NHWC"?r.shape[3]:r.shape[1],p=l*s,d=a*s,m=c/(s*s),f=i==="NHWC"?[u,p,d,m]:[u,m,p,d],h=t.makeOutput(f,"float32"),x=t.dataIdMap.get(r.dataId).id,y=new Uint8Array(new Int32Array(b.computeStrides(r.shape)).buffer),C=new Uint8Array(new Int32Array(f).buffer),w=new Uint8Array(new Int32Array(b.computeStrides(f)).buffer),S=t.dataIdMap.get(h.dataId).id;return zN(x,s,i==="NHWC"?1:0,y,r.shape.length-1,C,w,f.length,S),h}var GN={kernelName:xo,backendName:"wasm",setupFunc:xG,kernelFunc:bG};var HN;function yG(n){HN=n.wasm.cwrap(bo,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function CG(n){let{inputs:t,attrs:e,backend:o}=n,{x:r,filter:s}=t,i=o.dataIdMap.get(r.dataId).id,u=o.dataIdMap.get(s.dataId).id,{strides:l,dilations:a,pad:c,dimRoundingMode:p}=e,d=a??[1,1],m=I.computeConv2DInfo(r.shape,s.shape,l,d,c,p,!0),f=m.filterHeight,h=m.filterWidth,g=m.padInfo.top,x=m.padInfo.right,y=m.padInfo.bottom,C=m.padInfo.left,w=m.dilationHeight,S=m.dilationWidth,v=m.strideHeight,k=m.strideWidth,T=m.inChannels,R=m.outChannels,A=m.padInfo.type==="SAME"?1:0;if(m.dataFormat!=="channelsLast")throw new Error(`wasm backend DepthwiseConv2dNative does not support dataFormat:'${m.dataFormat}'. Please use 'channelsLast'.`);let F=o.makeOutput(m.outShape,"float32"),D=o.dataIdMap.get(F.dataId).id;return HN(i,r.shape[0],r.shape[1],r.shape[2],u,f,h,g,x,y,C,A,w,S,v,k,T,R,D),F}var qN={kernelName:bo,backendName:"wasm",setupFunc:yG,kernelFunc:CG};var KN;function IG(n){KN=n.wasm.cwrap("Diag",null,["number","number","number","number"])}function wG(n){let{inputs:t,backend:e}=n,{x:o}=t,r=b.sizeFromShape(o.shape),s=e.makeOutput([...o.shape,...o.shape],o.dtype);return KN(e.dataIdMap.get(o.dataId).id,ue[o.dtype],r,e.dataIdMap.get(s.dataId).id),s}var jN={kernelName:Ea,backendName:"wasm",setupFunc:IG,kernelFunc:wG};var XN;function SG(n){XN=n.wasm.cwrap(yo,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function vG(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s}=t,{strides:i,pad:u,dilations:l}=o;if(r.dtype!==s.dtype)throw new Error(`Dilation2D error: x must have the same dtype as filter. Got ${r.dtype} and ${s.dtype}`);let a=I.computeDilation2DInfo(r.shape,s.shape,i,u,"NHWC",l),c=e.makeOutput(a.outShape,r.dtype);return XN(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(c.dataId).id,ue[r.dtype],a.batchSize,a.inChannels,a.inHeight,a.inWidth,a.outHeight,a.outWidth,a.strideHeight,a.strideWidth,a.dilationHeight,a.dilationWidth,a.filterHeight,a.filterWidth,a.padInfo.top,a.padInfo.left),c}var YN={kernelName:yo,backendName:"wasm",setupFunc:SG,kernelFunc:vG};var ZN;function kG(n){ZN=n.wasm.cwrap(Da,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function _G(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s,dy:i}=t,{strides:u,pad:l,dilations:a}=o;if(r.dtype!==s.dtype||r.dtype!==i.dtype)throw new Error(`Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${r.dtype}, ${s.dtype}, and ${i.dtype}`);let c=I.computeDilation2DInfo(r.shape,s.shape,u,l,"NHWC",a),p=e.makeOutput(s.shape,s.dtype);return ZN(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(i.dataId).id,e.dataIdMap.get(p.dataId).id,ue[r.dtype],c.batchSize,c.inChannels,c.inHeight,c.inWidth,c.outHeight,c.outWidth,c.strideHeight,c.strideWidth,c.dilationHeight,c.dilationWidth,c.filterHeight,c.filterWidth,c.padInfo.top,c.padInfo.left),p}var QN={kernelName:Da,backendName:"wasm",setupFunc:kG,kernelFunc:_G};var JN;function TG(n){JN=n.wasm.cwrap(Fa,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function NG(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,filter:s,dy:i}=t,{strides:u,pad:l,dilations:a}=o;if(r.dtype!==s.dtype||r.dtype!==i.dtype)throw new Error(`Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${r.dtype}, ${s.dtype}, and ${i.dtype}`);let c=I.computeDilation2DInfo(r.shape,s.shape,u,l,"NHWC",a),p=e.makeOutput(r.shape,r.dtype);return JN(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(i.dataId).id,e.dataIdMap.get(p.dataId).id,ue[r.dtype],c.batchSize,c.inChannels,c.inHeight,c.inWidth,c.outHeight,c.outWidth,c.strideHeight,c.strideWidth,c.dilationHeight,c.dilationWidth,c.filterHeight,c.filterWidth,c.padInfo.top,c.padInfo.left),p}var e2={kernelName:Fa,backendName:"wasm",setupFunc:TG,kernelFunc:NG};var t2=re("Elu");var n2;function RG(n){n2=n.wasm.cwrap(Co,null,["number","number","number"])}function AG(n){let{inputs:t,backend:e}=n,{dy:o,y:r}=t,s=e.makeOutput(r.shape,"float32"),i=u=>e.dataIdMap.get(u.dataId).id;return n2(i(r),i(o),i(s)),s}var r2={kernelName:Co,backendName:"wasm",setupFunc:RG,kernelFunc:AG};var EG=!1,o2=Ne(Io,EG,"bool");var s2=re("Erf");var a2=re("Exp","float32");function _d(n){let{inputs:t,attrs:e,backend:o}=n,{input:r}=t,{dim:s}=e,i=r.shape.length,u=r.shape.slice(),l=s;return s<0&&(b.assert(-(i+1)<=s,()=>`Axis must be in the interval [${-(i+1)}, ${i}]`),l=i+s+1),u.splice(l,0,1),it({inputs:{x:r},backend:o,attrs:{shape:u}})}var i2={kernelName:$a,backendName:"wasm",kernelFunc:_d};var u2=re(wo,"float32");function qx(n){let{attrs:{shape:t,value:e},backend:o}=n,{attrs:{dtype:r}}=n;r=r||b.inferDtype(e);let s=o.makeOutput(t,r);return o.typedArrayFromHeap(s).fill(e),s}var l2={kernelName:Rr,backendName:"wasm",kernelFunc:qx};var c2;function FG(n){c2=n.wasm.cwrap(So,null,["number","number","number","number","number","number"])}function DG(n){let{inputs:t,backend:e}=n,{image:o}=t,r=e.makeOutput(o.shape,o.dtype),s=e.dataIdMap.get(o.dataId).id,i=e.dataIdMap.get(r.dataId).id,[u,l,a,c]=o.shape;return c2(s,u,l,a,c,i),r}var p2={kernelName:So,backendName:"wasm",kernelFunc:DG,setupFunc:FG};var d2=re(vo);var $G=!1,m2=Ne(er,$G);var f2;function MG(n){f2=n.wasm.cwrap(ko,null,["number","number","number","number","number","number","number"])}function PG(n){let{backend:t,inputs:e,attrs:o}=n,{varianceEpsilon:r}=o,{x:s,mean:i,variance:u,offset:l,scale:a}=e,c=t.dataIdMap.get(s.dataId).id,p=t.dataIdMap.get(i.dataId).id,d=t.dataIdMap.get(u.dataId).id,m=l!=null?t.dataIdMap.get(l.dataId).id:0,f=a!=null?t.dataIdMap.get(a.dataId).id:0,h=t.makeOutput(s.shape,s.dtype);if(b.sizeFromShape(s.shape)===0)return h;let g=t.dataIdMap.get(h.dataId).id;return f2(c,p,d,m,f,r,g),h}var h2={kernelName:ko,backendName:"wasm",setupFunc:MG,kernelFunc:PG};var g2;function OG(n){g2=n.wasm.cwrap(ws,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function BG(n){let{inputs:t,attrs:e,backend:o}=n,{x:r,filter:s,bias:i,preluActivationWeights:u}=t,{strides:l,pad:a,dilations:c,dataFormat:p,dimRoundingMode:d,activation:m,leakyreluAlpha:f}=e,h=I.computeConv2DInfo(r.shape,s.shape,l,c,a,d),g=zr[m];if(g==null)throw new Error(`${m} activation not yet supported for FusedConv2D in the wasm backend.`);let x=o.dataIdMap.get(r.dataId).id,y=o.dataIdMap.get(s.dataId).id,C=h.outChannels,w=0;if(i!=null){let G=o.dataIdMap.get(i.dataId);if(G.shape.length!==1)throw new Error(`FusedConv2D only supports rank-1 bias but got rank ${G.shape.length}.`);if(G.shape[0]!==C)throw new Error(`FusedConv2D bias shape (${G.shape}) does not match the number of output channels (${C})`);w=G.id}let S=h.filterHeight,v=h.filterWidth,k=h.padInfo.top,T=h.padInfo.right,R=h.padInfo.bottom,A=h.padInfo.left,F=h.dilationHeight,D=h.dilationWidth,$=h.strideHeight,O=h.strideWidth,P=h.inChannels,B=h.padInfo.type==="SAME"?1:0,V=h.batchSize,L=h.inHeight,U=h.inWidth;if(p!=="NHWC")throw new Error(`wasm backend FusedConv2D does not support dataFormat:'${p}'. Please use 'NHWC'.`);let q=o.makeOutput(h.outShape,"float32"),j=o.dataIdMap.get(q.dataId).id,X=u==null?0:o.dataIdMap.get(u.dataId).id;return g2(x,V,L,U,y,S,v,w,k,T,R,A,B,F,D,$,O,P,C,g,X,f||0,j),q}var x2={kernelName:ws,backendName:"wasm",setupFunc:OG,kernelFunc:BG};var b2;function LG(n){b2=n.wasm.cwrap(Ss,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function VG(n){let{inputs:t,attrs:e,backend:o}=n,{x:r,filter:s,bias:i,preluActivationWeights:u}=t,{strides:l,pad:a,dilations:c,dataFormat:p,dimRoundingMode:d,activation:m,leakyreluAlpha:f}=e,h=I.computeConv2DInfo(r.shape,s.shape,l,c,a,d,!0),g=zr[m];if(g==null)throw new Error(`${m} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`);let x=o.dataIdMap.get(r.dataId).id,y=o.dataIdMap.get(s.dataId).id,C=h.outChannels,w=0;if(i!=null){let G=o.dataIdMap.get(i.dataId);if(G.shape.length!==1)throw new Error(`FusedDepthwiseConv2D only supports rank-1 bias but got rank ${G.shape.length}.`);if(G.shape[0]!==C)throw new Error(`FusedDepthwiseConv2D bias shape (${G.shape}) does not match the number of output channels (${C})`);w=G.id}let S=h.filterHeight,v=h.filterWidth,k=h.padInfo.top,T=h.padInfo.right,R=h.padInfo.bottom,A=h.padInfo.left,F=h.dilationHeight,D=h.dilationWidth,$=h.strideHeight,O=h.strideWidth,P=h.inChannels,B=h.padInfo.type==="SAME"?1:0,V=h.batchSize,L=h.inHeight,U=h.inWidth;if(p!=="NHWC")throw new Error(`wasm backend FusedDepthwiseConv2D does not support dataFormat:'${p}'. Please use 'NHWC'.`);let q=o.makeOutput(h.outShape,"float32"),j=o.dataIdMap.get(q.dataId).id,X=u==null?0:o.dataIdMap.get(u.dataId).id;return b2(x,V,L,U,y,S,v,w,k,T,R,A,B,F,D,$,O,P,C,g,X,f||0,j),q}var y2={kernelName:Ss,backendName:"wasm",setupFunc:LG,kernelFunc:VG};var C2;function WG(n){C2=n.wasm.cwrap(_o,null,["number","number","number","number","number","number","array","number"])}function UG(n){let{backend:t,inputs:e}=n,{params:o,indices:r}=e,[s,i,u,l]=Cc.prepareAndValidate(o,r),a=t.makeOutput(s,o.dtype);if(i===0)return a;let c=r.shape,p=c[c.length-1],m=t.dataIdMap.get(o.dataId).id,h=t.dataIdMap.get(r.dataId).id,g=new Uint8Array(new Int32Array(l).buffer),x=t.dataIdMap.get(a.dataId).id;return C2(m,ue[o.dtype],h,i,p,u,g,x),a}var I2={kernelName:_o,backendName:"wasm",setupFunc:WG,kernelFunc:UG};var w2;function zG(n){w2=n.wasm.cwrap("Gather",null,["number","number","array","number","number","number","array","number"])}function GG(n){let{backend:t,inputs:e,attrs:o}=n,{x:r,indices:s}=e,{axis:i,batchDims:u}=o,l=b.parseAxisParam(i,r.shape)[0],a=t.readSync(s.dataId),c=r.shape[l];for(let R=0;R<a.length;++R){let A=a[R];b.assert(A<=c-1&&A>=0,()=>`GatherV2: the index value ${A} is not in [0, ${c-1}]`)}let p=I.segment_util.collectGatherOpShapeInfo(r,s,l,u),d=it({inputs:{x:r},attrs:{shape:[p.batchSize,p.outerSize,p.dimSize,p.sliceSize]},backend:t}),m=b.sizeFromShape(s.shape),f=it({inputs:{x:s},attrs:{shape:[p.batchSize,m/p.batchSize]},backend:t}),h=[p.batchSize,p.outerSize,m/p.batchSize,p.sliceSize],g=t.makeOutput(h,r.dtype);if(b.sizeFromShape(r.shape)===0)return g;let x=d.shape.length-1,C=t.dataIdMap.get(d.dataId).id,S=t.dataIdMap.get(f.dataId).id,v=t.dataIdMap.get(g.dataId).id,k=new Uint8Array(new Int32Array(b.computeStrides(d.shape)).buffer),T=new Uint8Array(new Int32Array(b.computeStrides(h)).buffer);return w2(C,ue[r.dtype],k,x,S,p.batchSize,T,v),t.disposeData(d.dataId),t.disposeData(f.dataId),g.shape=p.outputShape,g}var S2={kernelName:Ma,backendName:"wasm",setupFunc:zG,kernelFunc:GG};var HG=!1,v2=Ne(To,HG,"bool");var qG=!1,k2=Ne(No,qG,"bool");var _2=re(Ro,"bool");var T2=re(Ao,"bool");var N2=re(Eo,"bool");var R2;function KG(n){R2=n.wasm.cwrap(tr,null,["number","number","number","number"])}function jG(n){let{inputs:{x:t},attrs:{alpha:e},backend:o}=n,r=o.dataIdMap.get(t.dataId).id,s=o.makeOutput(t.shape,"float32");if(b.sizeFromShape(t.shape)!==0){let i=o.dataIdMap.get(s.dataId).id;R2(r,ue[t.dtype],e,i)}return s}var A2={kernelName:tr,backendName:"wasm",setupFunc:KG,kernelFunc:jG};var XG=!1,E2=Ne(Fo,XG,"bool");var YG=!1,F2=Ne(Do,YG,"bool");var D2;function ZG(n){D2=n.wasm.cwrap($o,null,["number","number","number","number"])}function QG(n){let{attrs:t,backend:e}=n,{start:o,stop:r,num:s}=t,i=Math.floor(s),u=e.makeOutput([i],"float32");return D2(e.dataIdMap.get(u.dataId).id,o,r,i),u}var $2={kernelName:$o,backendName:"wasm",setupFunc:ZG,kernelFunc:QG};var M2=re("Log");var P2=re(Mo);var JG=!1,O2=Ne(Po,JG,"bool");var B2=re(Oo);var e4=!1,L2=Ne(Bo,e4,"bool");var t4=!1,V2=Ne($b,t4,"bool");var W2;function n4(n){W2=n.wasm.cwrap("LRN",null,["number","number","number","number","number","number","number"])}function r4(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{depthRadius:s,bias:i,alpha:u,beta:l}=o;if(r.dtype!=="float32")throw new Error("LRN error: x must have dtype float32");let a=e.makeOutput(r.shape,r.dtype);return W2(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(a.dataId).id,r.shape[3],s,i,u,l),a}var U2={kernelName:"LRN",backendName:"wasm",setupFunc:n4,kernelFunc:r4};var z2;function o4(n){z2=n.wasm.cwrap(Lo,null,["number","number","number","number","number","number","number","number","number"])}function s4(n){let{inputs:t,backend:e,attrs:o}=n,{x:r,y:s,dy:i}=t,{depthRadius:u,bias:l,alpha:a,beta:c}=o;if(r.dtype!=="float32"||s.dtype!=="float32"||i.dtype!=="float32")throw new Error("LRNGrad error: x, y, and dy must have dtype float32");let p=e.makeOutput(r.shape,r.dtype);return z2(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(i.dataId).id,e.dataIdMap.get(p.dataId).id,i.shape[3],u,l,a,c),p}var G2={kernelName:Lo,backendName:"wasm",setupFunc:o4,kernelFunc:s4};var H2;function a4(n){H2=n.wasm.cwrap("Max",null,["number","number","number","number"])}function i4(n){let{backend:t,inputs:e,attrs:o}=n,{reductionIndices:r,keepDims:s}=o,{x:i}=e,l=t.dataIdMap.get(i.dataId).id,a=i,{transposed:c,axes:p,originalAxes:d,inputWasTransposed:m}=Et(i,r,t);if(m){let C=t.dataIdMap.get(c.dataId).id;a=c,l=C}let f=a.shape.length;I.assertAxesAreInnerMostDims("max",p,f);let[h,g]=I.computeOutAndReduceShapes(a.shape,p),x=b.sizeFromShape(g),y=t.makeOutput(h,i.dtype);if(b.sizeFromShape(a.shape)!==0){let C=t.dataIdMap.get(y.dataId).id;H2(l,ue[i.dtype],x,C)}if(m&&t.disposeData(c.dataId),s){let C=I.expandShapeToKeepDim(y.shape,d);y.shape=C}return y}var q2={kernelName:"Max",backendName:"wasm",setupFunc:a4,kernelFunc:i4};var u4=!1,K2=Ne(nr,u4);var j2;function l4(n){j2=n.wasm.cwrap(rr,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function c4(n){let{inputs:t,attrs:e,backend:o}=n,r=t.x,s=o.dataIdMap.get(r.dataId).id;b.assert(r.dtype==="float32",()=>`Error in MaxPool: only float32 input is supported. Got ${r.dtype}.`);let{filterSize:i,strides:u,pad:l,dimRoundingMode:a}=e,c=I.computePool2DInfo(r.shape,i,u,1,l,a),p=c.filterHeight,d=c.filterWidth,m=c.padInfo.top,f=c.padInfo.right,h=c.padInfo.bottom,g=c.padInfo.left,x=c.dilationHeight,y=c.dilationWidth,C=c.strideHeight,w=c.strideWidth,S=c.inChannels,v=c.outChannels;if(c.dataFormat!=="channelsLast")throw new Error(`wasm backend does not support dataFormat:'${c.dataFormat}'. Please use 'channelsLast'.`);let k=o.makeOutput(c.outShape,"float32"),T=o.dataIdMap.get(k.dataId).id;return j2(s,r.shape[0],r.shape[1],r.shape[2],p,d,m,f,h,g,x,y,C,w,S,v,T),k}var X2={kernelName:rr,backendName:"wasm",setupFunc:l4,kernelFunc:c4};var Y2;function p4(n){Y2=n.wasm.cwrap("MaxPool3D",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function d4(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{filterSize:s,strides:i,pad:u,dimRoundingMode:l,dataFormat:a}=o,c=I.computePool3DInfo(r.shape,s,i,1,u,l,a),p=e.makeOutput(c.outShape,r.dtype);return Y2(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(p.dataId).id,c.batchSize,c.inChannels,c.inDepth,c.inHeight,c.inWidth,c.outDepth,c.outHeight,c.outWidth,c.strideDepth,c.strideHeight,c.strideWidth,c.dilationDepth,c.dilationHeight,c.dilationWidth,c.effectiveFilterDepth,c.effectiveFilterHeight,c.effectiveFilterWidth,c.padInfo.front,c.padInfo.top,c.padInfo.left),p}var Z2={kernelName:Oa,backendName:"wasm",setupFunc:p4,kernelFunc:d4};var Q2;function m4(n){Q2=n.wasm.cwrap("MaxPool3DGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function f4(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,{filterSize:i,strides:u,pad:l,dimRoundingMode:a}=o,c=I.computePool3DInfo(s.shape,i,u,1,l,a),p=e.makeOutput(s.shape,s.dtype);return Q2(e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(p.dataId).id,c.batchSize,c.inChannels,c.inDepth,c.inHeight,c.inWidth,c.outDepth,c.outHeight,c.outWidth,c.strideDepth,c.strideHeight,c.strideWidth,c.dilationDepth,c.dilationHeight,c.dilationWidth,c.effectiveFilterDepth,c.effectiveFilterHeight,c.effectiveFilterWidth,c.padInfo.front,c.padInfo.top,c.padInfo.left),p}var J2={kernelName:Ba,backendName:"wasm",setupFunc:m4,kernelFunc:f4};var eR;function h4(n){eR=n.wasm.cwrap("MaxPoolGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function g4(n){let{inputs:t,backend:e,attrs:o}=n,{dy:r,input:s}=t,{filterSize:i,strides:u,pad:l,dimRoundingMode:a}=o,c=I.computePool2DInfo(s.shape,i,u,1,l,a),p=e.makeOutput(s.shape,s.dtype);return eR(e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(p.dataId).id,c.batchSize,c.inChannels,c.inHeight,c.inWidth,c.outHeight,c.outWidth,c.strideHeight,c.strideWidth,c.dilationHeight,c.dilationWidth,c.effectiveFilterHeight,c.effectiveFilterWidth,c.padInfo.top,c.padInfo.left),p}var tR={kernelName:Pa,backendName:"wasm",setupFunc:h4,kernelFunc:g4};var nR;function x4(n){nR=n.wasm.cwrap("MaxPoolWithArgmax",null,["number","number","number","number","boolean","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function b4(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{filterSize:s,strides:i,pad:u,includeBatchInIndex:l}=o;b.assert(r.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${r.shape.length}.`);let a=[1,1];b.assert(I.eitherStridesOrDilationsAreOne(i,a),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${a}'`);let c=I.computePool2DInfo(r.shape,s,i,[1,1],u),p=e.makeOutput(c.outShape,r.dtype),d=e.makeOutput(c.outShape,"int32");return nR(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(p.dataId).id,e.dataIdMap.get(d.dataId).id,ue[r.dtype],l,c.batchSize,c.inChannels,c.inHeight,c.inWidth,c.outHeight,c.outWidth,c.strideHeight,c.strideWidth,c.dilationHeight,c.dilationWidth,c.effectiveFilterHeight,c.effectiveFilterWidth,c.padInfo.top,c.padInfo.left),[p,d]}var rR={kernelName:La,backendName:"wasm",setupFunc:x4,kernelFunc:b4};var oR;function y4(n){oR=n.wasm.cwrap(Vo,null,["number, number, number"])}function C4(n){let{backend:t,inputs:e,attrs:o}=n,{axis:r,keepDims:s}=o,{x:i}=e,u=t.dataIdMap.get(i.dataId).id,l=u,a=i,{transposed:c,axes:p,originalAxes:d,inputWasTransposed:m}=Et(i,r,t),f=p;if(m){let w=t.dataIdMap.get(c.dataId).id;w!==u&&(a=c,l=w,f=I.getInnerMostAxes(f.length,a.shape.length))}I.assertAxesAreInnerMostDims("mean",f,a.shape.length);let[h,g]=I.computeOutAndReduceShapes(a.shape,f),x=b.sizeFromShape(g),y=a;a.dtype!=="float32"&&(y=Ut({backend:t,inputs:{x:a},attrs:{dtype:"float32"}}),l=t.dataIdMap.get(y.dataId).id);let C=t.makeOutput(h,"float32");if(b.sizeFromShape(a.shape)!==0){let w=t.dataIdMap.get(C.dataId).id;oR(l,x,w)}if(m&&t.disposeData(c.dataId),s){let w=I.expandShapeToKeepDim(C.shape,d);C.shape=w}return a.dtype!=="float32"&&t.disposeData(y.dataId),C}var sR={kernelName:Vo,backendName:"wasm",setupFunc:y4,kernelFunc:C4};var aR;function I4(n){aR=n.wasm.cwrap("Min",null,["number","number","number","number"])}function w4(n){let{backend:t,inputs:e,attrs:o}=n,{axis:r,keepDims:s}=o,{x:i}=e,u=t.dataIdMap.get(i.dataId).id,l=u,a=i,{transposed:c,axes:p,originalAxes:d,inputWasTransposed:m}=Et(i,r,t);if(m){let C=t.dataIdMap.get(c.dataId).id;C!==u&&(a=c,l=C)}let f=a.shape.length;I.assertAxesAreInnerMostDims("min",p,f);let[h,g]=I.computeOutAndReduceShapes(a.shape,p),x=b.sizeFromShape(g),y=t.makeOutput(h,a.dtype);if(b.sizeFromShape(a.shape)!==0){let C=t.dataIdMap.get(y.dataId).id;aR(l,ue[i.dtype],x,C)}if(m&&t.disposeData(c.dataId),s){let C=I.expandShapeToKeepDim(y.shape,d);y.shape=C}return y}var iR={kernelName:"Min",backendName:"wasm",setupFunc:I4,kernelFunc:w4};var S4=!1,uR=Ne(Wo,S4);var Kx;(function(n){n[n.reflect=0]="reflect",n[n.symmetric=1]="symmetric"})(Kx||(Kx={}));var lR;function v4(n){lR=n.wasm.cwrap(Uo,null,["number","array","number","number","array","array","number","number"])}function k4(n){let{inputs:{x:t},backend:e,attrs:{paddings:o,mode:r}}=n,s=o.map((f,h)=>f[0]+t.shape[h]+f[1]),i=e.dataIdMap.get(t.dataId).id,u=e.makeOutput(s,t.dtype),l=e.dataIdMap.get(u.dataId).id,a=new Uint8Array(new Int32Array(t.shape).buffer),c=o.map(f=>f[0]),p=o.map(f=>f[1]),d=new Uint8Array(new Int32Array(c).buffer),m=new Uint8Array(new Int32Array(p).buffer);return lR(i,a,t.shape.length,ue[t.dtype],d,m,Kx[r],l),u}var cR={kernelName:Uo,backendName:"wasm",kernelFunc:k4,setupFunc:v4};var pR;function _4(n){pR=n.wasm.cwrap(cr,null,["number","number","number","number"])}function jx(n){let{backend:t,inputs:{logits:e},attrs:{dim:o}}=n,r=t.dataIdMap.get(e.dataId).id,s=t.makeOutput(e.shape,e.dtype),i=t.dataIdMap.get(s.dataId).id,u=e.shape[o],l=b.sizeFromShape(e.shape)/u;return b.sizeFromShape(s.shape)===0||pR(r,i,u,l),s}var dR={kernelName:cr,backendName:"wasm",setupFunc:_4,kernelFunc:jx};var mR;function T4(n){mR=n.wasm.cwrap(zo,null,["number","number","number","number","number","number"])}function N4(n){let{inputs:t,backend:e,attrs:o}=n,{logits:r}=t,{numSamples:s,seed:i,normalized:u}=o;if(r.dtype!=="float32")throw new Error(`Tensor logits must have dtype float32, got ${r.dtype}`);let l=u?r:jx({inputs:{logits:r},backend:e,attrs:{dim:r.shape.length-1}}),[a,c]=l.shape,p=e.makeOutput([a,s],"int32");return mR(e.dataIdMap.get(l.dataId).id,a,c,s,i,e.dataIdMap.get(p.dataId).id),u||e.disposeData(l.dataId),p}var fR={kernelName:zo,backendName:"wasm",setupFunc:T4,kernelFunc:N4};var hR=Ne("Mod",!0);var R4=!0,gR=Ne(or,R4);var xR=re("Neg");function Ji(n,t){let e=new Int32Array(n.wasm.HEAPU8.buffer,t,4),o=e[0],r=e[1],s=e[2],i=e[3];return n.wasm._free(t),{pSelectedIndices:o,selectedSize:r,pSelectedScores:s,pValidOutputs:i}}var bR;function A4(n){bR=n.wasm.cwrap(Ho,"number",["number","number","number","number","number"])}function E4(n){let{backend:t,inputs:e,attrs:o}=n,{iouThreshold:r,maxOutputSize:s,scoreThreshold:i}=o,{boxes:u,scores:l}=e,a=t.dataIdMap.get(u.dataId).id,c=t.dataIdMap.get(l.dataId).id,p=bR(a,c,s,r,i),{pSelectedIndices:d,selectedSize:m,pSelectedScores:f,pValidOutputs:h}=Ji(t,p);return t.wasm._free(f),t.wasm._free(h),t.makeOutput([m],"int32",d)}var yR={kernelName:Ho,backendName:"wasm",setupFunc:A4,kernelFunc:E4};var CR;function F4(n){CR=n.wasm.cwrap(qo,"number",["number","number","number","number","number","bool"])}function D4(n){let{backend:t,inputs:e,attrs:o}=n,{iouThreshold:r,maxOutputSize:s,scoreThreshold:i,padToMaxOutputSize:u}=o,{boxes:l,scores:a}=e,c=t.dataIdMap.get(l.dataId).id,p=t.dataIdMap.get(a.dataId).id,d=CR(c,p,s,r,i,u),{pSelectedIndices:m,selectedSize:f,pSelectedScores:h,pValidOutputs:g}=Ji(t,d);t.wasm._free(h);let x=t.makeOutput([f],"int32",m),y=t.makeOutput([],"int32",g);return[x,y]}var IR={kernelName:qo,backendName:"wasm",setupFunc:F4,kernelFunc:D4};var wR;function $4(n){wR=n.wasm.cwrap(Ko,"number",["number","number","number","number","number","number"])}function M4(n){let{backend:t,inputs:e,attrs:o}=n,{iouThreshold:r,maxOutputSize:s,scoreThreshold:i,softNmsSigma:u}=o,{boxes:l,scores:a}=e,c=t.dataIdMap.get(l.dataId).id,p=t.dataIdMap.get(a.dataId).id,d=wR(c,p,s,r,i,u),{pSelectedIndices:m,selectedSize:f,pSelectedScores:h,pValidOutputs:g}=Ji(t,d);t.wasm._free(g);let x=t.makeOutput([f],"int32",m),y=t.makeOutput([f],"float32",h);return[x,y]}var SR={kernelName:Ko,backendName:"wasm",setupFunc:$4,kernelFunc:M4};var P4=!1,vR=Ne(Go,P4,"bool");var kR;function O4(n){kR=n.wasm.cwrap(jo,null,["number","number","number","number","number"])}function B4(n){let{inputs:t,backend:e,attrs:o}=n,{indices:r}=t,{dtype:s,depth:i,onValue:u,offValue:l}=o,a=e.makeOutput([...r.shape,i],s),c=e.dataIdMap.get(a.dataId).id,d=e.dataIdMap.get(r.dataId).id;return kR(d,i,u,l,c),a}var _R={kernelName:jo,backendName:"wasm",setupFunc:O4,kernelFunc:B4};function L4(n){let{inputs:{x:t},backend:e}=n,o=e.makeOutput(t.shape,t.dtype);return e.typedArrayFromHeap(o).fill(1),o}var TR={kernelName:Va,backendName:"wasm",kernelFunc:L4};function V4(n){let{inputs:t,backend:e,attrs:o}=n,{axis:r}=o;if(t.length===1)return _d({inputs:{input:t[0]},backend:e,attrs:{dim:r}});let s=t[0].shape,i=t[0].dtype;t.forEach(c=>{b.assertShapesMatch(s,c.shape,"All tensors passed to stack must have matching shapes"),b.assert(i===c.dtype,()=>"All tensors passed to stack must have matching dtypes")});let u=[],l=t.map(c=>{let p=_d({inputs:{input:c},backend:e,attrs:{dim:r}});return u.push(p),p}),a=Gx({inputs:l,backend:e,attrs:{axis:r}});return u.forEach(c=>e.disposeData(c.dataId)),a}var NR={kernelName:Wa,backendName:"wasm",kernelFunc:V4};var RR;function W4(n){RR=n.wasm.cwrap(Xo,null,["number","array","number","number","array","array","number","number"])}function U4(n){let{inputs:{x:t},backend:e,attrs:{paddings:o,constantValue:r}}=n,s=o.map((h,g)=>h[0]+t.shape[g]+h[1]);if(b.sizeFromShape(t.shape)===0)return qx({backend:e,attrs:{shape:s,value:r,dtype:t.dtype}});let i=e.dataIdMap.get(t.dataId).id,u=e.makeOutput(s,t.dtype),a=e.dataIdMap.get(u.dataId).id,c=new Uint8Array(new Int32Array(t.shape).buffer),p=o.map(h=>h[0]),d=o.map(h=>h[1]),m=new Uint8Array(new Int32Array(p).buffer),f=new Uint8Array(new Int32Array(d).buffer);return RR(i,c,t.shape.length,ue[t.dtype],m,f,r,a),u}var Td={kernelName:Xo,backendName:"wasm",kernelFunc:U4,setupFunc:W4};var z4=!1,AR=Ne("Pow",z4);var ER;function G4(n){ER=n.wasm.cwrap(sr,null,["number","number","number"])}function H4(n){let{inputs:t,backend:e}=n,{x:o,alpha:r}=t,s=e.dataIdMap.get(o.dataId).id,i=e.dataIdMap.get(r.dataId).id,u=s,l=o,a=l;l.dtype!=="float32"&&(a=Ut({backend:e,inputs:{x:o},attrs:{dtype:"float32"}}),u=e.dataIdMap.get(a.dataId).id);let c=e.makeOutput(o.shape,"float32"),p=e.dataIdMap.get(c.dataId).id;return ER(u,i,p),l.dtype!=="float32"&&e.disposeData(a.dataId),c}var FR={kernelName:sr,backendName:"wasm",setupFunc:G4,kernelFunc:H4};var DR;function q4(n){DR=n.wasm.cwrap(Yo,null,["number","number","number","number"])}function K4(n){let{backend:t,inputs:e,attrs:o}=n,{axis:r,keepDims:s}=o,{x:i}=e,u=t.dataIdMap.get(i.dataId).id,l=u,a=i,{transposed:c,axes:p,originalAxes:d,inputWasTransposed:m}=Et(i,r,t),f=p;if(m){let C=t.dataIdMap.get(c.dataId).id;C!==u&&(a=c,l=C,f=I.getInnerMostAxes(f.length,a.shape.length))}I.assertAxesAreInnerMostDims("prod",f,a.shape.length);let[h,g]=I.computeOutAndReduceShapes(a.shape,f),x=b.sizeFromShape(g),y=t.makeOutput(h,a.dtype);if(b.sizeFromShape(a.shape)!==0){let C=t.dataIdMap.get(y.dataId).id;DR(l,x,ue[y.dtype],C)}if(m&&t.disposeData(c.dataId),s){let C=I.expandShapeToKeepDim(y.shape,d);y.shape=C}return y}var $R={kernelName:Yo,backendName:"wasm",setupFunc:q4,kernelFunc:K4};var j4=n=>{let{backend:t,attrs:e}=n,{start:o,stop:r,step:s,dtype:i}=e,u=Vs(o,r,s,i),l=t.makeOutput([u.length],i);return t.typedArrayFromHeap(l).set(u),l},MR={kernelName:Ua,backendName:"wasm",kernelFunc:j4};var X4=!0,PR=Ne(Jn,X4);var OR=re(Zo);var BR=re(ar);var LR=re(ir);var VR;function Y4(n){VR=n.wasm.cwrap(es,null,["number","number","number","number","number","number","number","number","number","number"])}function Z4(n){let{backend:t,inputs:e,attrs:o}=n,{images:r}=e,{alignCorners:s,halfPixelCenters:i,size:u}=o,[l,a]=u,[c,p,d,m]=r.shape,f=[c,l,a,m],h=t.dataIdMap.get(r.dataId),g;h.dtype!=="float32"&&(g=Ut({backend:t,inputs:{x:r},attrs:{dtype:"float32"}}),h=t.dataIdMap.get(g.dataId));let x=h.id,y=t.makeOutput(f,"float32");if(b.sizeFromShape(r.shape)===0)return y;let C=t.dataIdMap.get(y.dataId).id;return VR(x,c,p,d,m,l,a,s?1:0,i?1:0,C),g!=null&&t.disposeData(g.dataId),y}var WR={kernelName:es,backendName:"wasm",setupFunc:Y4,kernelFunc:Z4};var UR;function Q4(n){UR=n.wasm.cwrap(ts,null,["number","number","number","array","array","boolean"])}function J4(n){let{inputs:t,backend:e,attrs:o}=n,{images:r,dy:s}=t,{alignCorners:i}=o,u=e.makeOutput(r.shape,"float32"),l=e.dataIdMap.get(r.dataId),a;return l.dtype!=="float32"&&(a=Ut({backend:e,inputs:{x:r},attrs:{dtype:"float32"}}),l=e.dataIdMap.get(a.dataId)),UR(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(u.dataId).id,new Uint8Array(new Int32Array(r.shape).buffer),new Uint8Array(new Int32Array(s.shape).buffer),i),a!=null&&e.disposeData(a.dataId),u}var zR={kernelName:ts,backendName:"wasm",setupFunc:Q4,kernelFunc:J4};var GR;function eH(n){GR=n.wasm.cwrap(Qo,null,["number","number","number","number","number","number","number","number","number","number"])}function tH(n){let{backend:t,inputs:e,attrs:o}=n,{images:r}=e,{alignCorners:s,halfPixelCenters:i,size:u}=o,[l,a]=u,[c,p,d,m]=r.shape,f=[c,l,a,m],h=t.makeOutput(f,"float32");if(b.sizeFromShape(r.shape)===0)return h;let g=t.dataIdMap.get(r.dataId),x;g.dtype!=="float32"&&(x=Ut({backend:t,inputs:{x:r},attrs:{dtype:"float32"}}),g=t.dataIdMap.get(x.dataId));let y=g.id,C=t.dataIdMap.get(h.dataId).id;return GR(y,c,p,d,m,l,a,s?1:0,i?1:0,C),x!=null&&t.disposeData(x.dataId),h}var HR={kernelName:Qo,backendName:"wasm",setupFunc:eH,kernelFunc:tH};var qR;function nH(n){qR=n.wasm.cwrap(Jo,null,["number","number","number","array","array","boolean"])}function rH(n){let{inputs:t,backend:e,attrs:o}=n,{images:r,dy:s}=t,{alignCorners:i}=o,u=e.makeOutput(r.shape,"float32"),l=e.dataIdMap.get(r.dataId),a;return l.dtype!=="float32"&&(a=Ut({backend:e,inputs:{x:r},attrs:{dtype:"float32"}}),l=e.dataIdMap.get(a.dataId)),qR(e.dataIdMap.get(r.dataId).id,e.dataIdMap.get(s.dataId).id,e.dataIdMap.get(u.dataId).id,new Uint8Array(new Int32Array(r.shape).buffer),new Uint8Array(new Int32Array(s.shape).buffer),i),a!=null&&e.disposeData(a.dataId),u}var KR={kernelName:Jo,backendName:"wasm",setupFunc:nH,kernelFunc:rH};var jR;function oH(n){jR=n.wasm.cwrap(ns,null,["number","array","number","array","number","number"])}function sH(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{dims:s}=o,i=b.parseAxisParam(s,r.shape);if(r.shape.length===0)return oa({inputs:{x:r},backend:e});let u=e.makeOutput(r.shape,r.dtype),l=e.dataIdMap.get(r.dataId).id,a=e.dataIdMap.get(u.dataId).id,c=new Uint8Array(new Int32Array(i).buffer),p=new Uint8Array(new Int32Array(r.shape).buffer);jR(l,c,i.length,p,r.shape.length,a);let d=it({inputs:{x:u},attrs:{shape:r.shape},backend:e});return e.disposeData(u.dataId),d}var XR={kernelName:ns,backendName:"wasm",kernelFunc:sH,setupFunc:oH};var YR;function aH(n){YR=n.wasm.cwrap(Cs,null,["number","number","number","number","number","number","number","number","array","number","number"])}function iH(n){let{inputs:t,backend:e,attrs:o}=n,{image:r}=t,{radians:s,fillValue:i,center:u}=o,l=e.makeOutput(r.shape,r.dtype),a=e.dataIdMap.get(r.dataId).id,c=e.dataIdMap.get(l.dataId).id,[p,d,m,f]=r.shape,[h,g]=I.getImageCenter(u,d,m),x=i===0,y=255,C=typeof i=="number"?[i,i,i,x?0:y]:[...i,y],w=new Uint8Array(new Int32Array(C).buffer);return YR(a,p,d,m,f,s,h,g,w,C.length,c),l}var ZR={kernelName:Cs,backendName:"wasm",kernelFunc:iH,setupFunc:aH};var QR=re(rs);var JR=re(os);var eA;function uH(n){eA=n.wasm.cwrap(ss,null,["number","number","number","number","number","number","array","number","number"])}function lH(n){let{backend:t,inputs:e,attrs:o}=n,{indices:r,updates:s}=e,{shape:i}=o,u=t.makeOutput(i,s.dtype);if(b.sizeFromShape(i)===0)return u;let{sliceRank:l,numUpdates:a,sliceSize:c,strides:p,outputSize:d}=fi.calculateShapes(s,r,i),f=t.dataIdMap.get(r.dataId).id,g=t.dataIdMap.get(s.dataId).id,x=new Uint8Array(new Int32Array(p).buffer),y=t.dataIdMap.get(u.dataId).id;return eA(f,g,ue[s.dtype],l,a,c,x,d,y),u}var tA={kernelName:ss,backendName:"wasm",setupFunc:uH,kernelFunc:lH};var nA;function cH(n){nA=n.wasm.cwrap(is,null,["number","number","number","number","number","number","bool","number"])}function pH(n){let{inputs:t,backend:e,attrs:o}=n,{sortedSequence:r,values:s}=t,{side:i}=o;if(r.dtype!==s.dtype)throw new Error(`SearchSorted error: sorted_sequence must have the same dtype as values. Got ${r.dtype} and ${s.dtype}`);let u=e.makeOutput(s.shape,"int32");function l(a){return e.dataIdMap.get(a.dataId).id}return nA(l(r),l(s),r.shape[0],r.shape[1],s.shape[1],ue[r.dtype],i==="left",l(u)),u}var rA={kernelName:is,backendName:"wasm",setupFunc:cH,kernelFunc:pH};var oA;function dH(n){oA=n.wasm.cwrap("SelectV2",null,["number","number","number","number","number"])}function mH(n){let{inputs:t,backend:e}=n,{condition:o,t:r,e:s}=t,i=e.dataIdMap.get(o.dataId).id,u=e.dataIdMap.get(r.dataId).id,l=e.dataIdMap.get(s.dataId).id,a=e.makeOutput(r.shape,r.dtype),c=e.dataIdMap.get(a.dataId).id,p=o.shape.length,d=r.shape.length,m=p===0||p>1||d===1?1:b.sizeFromShape(r.shape.slice(1));return oA(i,u,l,m,c),a}var sA={kernelName:za,backendName:"wasm",kernelFunc:mH,setupFunc:dH};var aA=re(us);var iA;function fH(n){iA=n.wasm.cwrap(ur,null,["number","number"])}function hH(n){let{backend:t,inputs:{x:e}}=n,o=t.dataIdMap.get(e.dataId).id,r=t.makeOutput(e.shape,e.dtype),s=t.dataIdMap.get(r.dataId).id;return b.sizeFromShape(r.shape)===0||iA(o,s),r}var uA={kernelName:"Sigmoid",backendName:"wasm",setupFunc:fH,kernelFunc:hH};var lA=re(cs);var cA=re("Sin");var pA=re(ls);var dA=re(ps);function gH(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,{blockShape:s,paddings:i}=o,u=b.sizeFromShape(s),l=[[0,0]];l.push(...i);for(let v=1+s.length;v<r.shape.length;++v)l.push([0,0]);let a=Td.kernelFunc({inputs:{x:r},backend:e,attrs:{paddings:l,constantValue:0}}),c=I.getReshaped(a.shape,s,u,!1),p=I.getPermuted(c.length,s.length,!1),d=I.getReshapedPermuted(a.shape,s,u,!1),h=it({inputs:{x:a},backend:e,attrs:{shape:c}}),y=cn({inputs:{x:h},backend:e,attrs:{perm:p}}),S=it({inputs:{x:y},backend:e,attrs:{shape:d}});return e.disposeData(a.dataId),e.disposeData(h.dataId),e.disposeData(y.dataId),S}var mA={kernelName:Ha,backendName:"wasm",kernelFunc:gH};var fA;function xH(n){fA=n.wasm.cwrap("SparseFillEmptyRows","number",["number","number","number","number","number","number","number","number","number","number","number","number"])}function bH(n){let{backend:t,inputs:e}=n,{indices:o,values:r,denseShape:s,defaultValue:i}=e,u=o.shape[0],l=o.shape[1],a=t.readSync(s.dataId)[0],c=[u+a,l],p=t.dataIdMap.get(o.dataId).id,d=t.dataIdMap.get(r.dataId).id,m=t.dataIdMap.get(i.dataId).id,f=t.makeOutput(c,o.dtype),h=t.dataIdMap.get(f.dataId).id,g=t.makeOutput(c.slice(0,1),r.dtype),x=t.dataIdMap.get(g.dataId).id,y=t.makeOutput([a],"bool"),C=t.dataIdMap.get(y.dataId).id,w=t.makeOutput([u],o.dtype),S=t.dataIdMap.get(w.dataId).id,v=t.makeOutput([4],"int32"),k=t.dataIdMap.get(v.dataId).id,T=fA(p,d,ue[r.dtype],u,a,l,m,h,x,C,S,k),R=t.readSync(v.dataId),A;switch(R[0]){case 1:{A=I.getSparseFillEmptyRowsIndicesDenseShapeMismatch(R[1]);break}case 2:{A=I.getSparseFillEmptyRowsNegativeIndexErrorMessage(R[1],R[2]);break}case 3:A=I.getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(R[1],R[2],R[3]);break;default:A=""}if(t.disposeData(v.dataId),A)throw t.disposeData(f.dataId),t.disposeData(g.dataId),t.disposeData(y.dataId),t.disposeData(w.dataId),new Error(A);let F=f,D=g;return T!==c[0]&&(F=yn({inputs:{x:f},attrs:{begin:0,size:[T,l]},backend:t}),D=yn({inputs:{x:g},attrs:{begin:0,size:T},backend:t}),t.disposeData(f.dataId),t.disposeData(g.dataId)),[F,D,y,w]}var hA={kernelName:Ka,backendName:"wasm",setupFunc:xH,kernelFunc:bH};var gA;function yH(n){gA=n.wasm.cwrap(ds,null,["number","number","number","number","number","number","number"])}function CH(n){let{backend:t,inputs:e}=n,{inputIndices:o,inputShape:r,newShape:s}=e;if(o.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${o.shape}`);if(r.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${r.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let i=t.dataIdMap.get(o.dataId).id,u=t.dataIdMap.get(r.dataId).id,l=t.dataIdMap.get(s.dataId).id,a=o.shape[0],c=b.sizeFromShape(s.shape),p=t.makeOutput([a,c],o.dtype),d=t.dataIdMap.get(p.dataId).id,m=t.makeOutput([c],s.dtype),f=t.dataIdMap.get(m.dataId).id,h=t.makeOutput([3],"int32"),g=t.dataIdMap.get(h.dataId).id;gA(i,u,l,a,d,f,g);let x=t.readSync(h.dataId),y;switch(x[0]){case 0:{y=I.getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(x[1],x[2]);break}case 1:{y=I.getSparseReshapeNegativeOutputDimErrorMessage(x[1],x[2]);break}case 2:y=I.getSparseReshapeEmptyTensorZeroOutputDimErrorMessage();break;case 3:{let C=Array.from(t.readSync(r.dataId)),w=Array.from(t.readSync(m.dataId));y=I.getSparseReshapeInputOutputMultipleErrorMessage(C,w);break}case 4:{let C=Array.from(t.readSync(r.dataId)),w=Array.from(t.readSync(m.dataId));y=I.getSparseReshapeInputOutputMismatchErrorMessage(C,w);break}default:y=""}if(t.disposeData(h.dataId),y)throw t.disposeData(p.dataId),t.disposeData(m.dataId),new Error(y);return[p,m]}var xA={kernelName:ds,backendName:"wasm",setupFunc:yH,kernelFunc:CH};var bA;function Nd(n){bA=n.wasm.cwrap("SparseSegmentReduction",null,["number","number","number","number","number","number","number","number","number"])}function Rd(n,t){let{backend:e,inputs:o}=n,{data:r,indices:s,segmentIds:i}=o,u=s.shape[0],l=e.readSync(i.dataId,u-1,u)[0],c=u>0?l+1:0;if(c<0)throw new Error(I.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let p=r.shape.slice();p[0]=c;let d=e.dataIdMap.get(r.dataId).id,m=e.dataIdMap.get(s.dataId).id,f=e.dataIdMap.get(i.dataId).id,h=e.makeOutput(p,r.dtype),g=e.dataIdMap.get(h.dataId).id,x=e.makeOutput([4],"int32"),y=e.dataIdMap.get(x.dataId).id;bA(d,ue[r.dtype],r.shape[0],m,f,g,y,t,0);let C=e.readSync(x.dataId),w;switch(C[0]){case 0:{w=I.getSparseSegmentReductionNegativeSegmentIdsErrorMessage();break}case 1:{w=I.getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage();break}case 2:w=I.getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(C[1],C[2]);break;case 3:w=I.getSparseSegmentReductionIndicesOutOfRangeErrorMessage(C[1],C[2],C[3]);break;default:w=""}if(e.disposeData(x.dataId),w)throw e.disposeData(h.dataId),new Error(w);return h}function IH(n){return Rd(n,!0)}var yA={kernelName:ja,backendName:"wasm",setupFunc:Nd,kernelFunc:IH};function wH(n){return Rd(n,!1)}var CA={kernelName:Xa,backendName:"wasm",setupFunc:Nd,kernelFunc:wH};var IA;function SH(n){IA=n.wasm.cwrap(ms,null,["number","number","number","number","number","number","number","number","array","number","number"])}function vH(n){let{backend:t,inputs:e,attrs:o}=n,{sparseIndices:r,sparseValues:s,defaultValue:i}=e,{outputShape:u}=o,l=t.makeOutput(u,i.dtype);if(b.sizeFromShape(u)===0)return l;let{sliceRank:a,numUpdates:c,sliceSize:p,strides:d,outputSize:m}=I.calculateShapes(s,r,u),f=t.dataIdMap.get(r.dataId).id,h=t.dataIdMap.get(s.dataId).id,g=t.dataIdMap.get(i.dataId).id,x=new Uint8Array(new Int32Array(d).buffer),y=t.dataIdMap.get(l.dataId).id;return IA(f,h,s.shape.length,g,ue[i.dtype],a,c,p,x,m,y),l}var wA={kernelName:ms,backendName:"wasm",setupFunc:SH,kernelFunc:vH};function kH(n){let{inputs:t,attrs:e,backend:o}=n,{x:r}=t,{numOrSizeSplits:s,axis:i}=e,u=b.parseAxisParam(i,r.shape)[0],l=I.prepareSplitSize(r,s,u),a=new Array(r.shape.length).fill(0),c=r.shape.slice();return l.map(p=>{let d=[...c];d[u]=p;let m=yn({inputs:{x:r},attrs:{begin:a,size:d},backend:o});return a[u]+=p,m})}var SA={kernelName:qa,backendName:"wasm",kernelFunc:kH};var vA=re(lr);var kA=re(Ya);var _H=!0,_A=Ne(fs,_H);var TA;function TH(n){TA=n.wasm.cwrap(Pn,null,["number","number","number","number"])}function NH(n){let{backend:t,inputs:e,attrs:o}=n,{alpha:r}=o,{x:s}=e,i=t.dataIdMap.get(s.dataId).id,u=t.makeOutput(s.shape,s.dtype),l=t.dataIdMap.get(u.dataId).id;return TA(i,r,ue[s.dtype],l),u}var NA={kernelName:Pn,backendName:"wasm",setupFunc:TH,kernelFunc:NH};var RA;function RH(n){RA=n.wasm.cwrap(hs,null,["number","array","number","array","array","array","array","array","number","number"])}function AH(n){let{backend:t,inputs:e,attrs:o}=n,{x:r}=e,{begin:s,end:i,strides:u,beginMask:l,endMask:a,ellipsisMask:c,newAxisMask:p,shrinkAxisMask:d}=o,{finalShapeSparse:m,finalShape:f,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:C,strides:w}=Ke.sliceInfo(r.shape,s,i,u,l,a,c,p,d),S;if(h)S=it({inputs:{x:r},backend:t,attrs:{shape:f}});else if(g||x){b.assert(r.shape.length>=1,()=>`Input must have rank at least 1, got: ${r.shape.length}`);let v=Ke.computeOutShape(y,C,w),k=yn({inputs:{x:r},backend:t,attrs:{begin:y,size:v}});S=it({inputs:{x:k},backend:t,attrs:{shape:f}}),t.disposeData(k.dataId)}else{let v=t.makeOutput(m,"float32"),k=t.dataIdMap.get(r.dataId).id,T=new Uint8Array(new Int32Array(b.computeStrides(r.shape)).buffer),R=new Uint8Array(new Int32Array(y).buffer),A=new Uint8Array(new Int32Array(C).buffer),F=new Uint8Array(new Int32Array(w).buffer),D=new Uint8Array(new Int32Array(m).buffer),$=new Uint8Array(new Int32Array(b.computeStrides(m)).buffer),O=t.dataIdMap.get(v.dataId).id;RA(k,T,r.shape.length,R,A,F,D,$,m.length,O),S=it({inputs:{x:v},backend:t,attrs:{shape:f}}),t.disposeData(v.dataId)}return S}var AA={kernelName:hs,backendName:"wasm",setupFunc:RH,kernelFunc:AH};function EH(n){let{backend:t,inputs:e,attrs:o}=n,{data:r,dataSplits:s}=e,{separator:i,nGramWidths:u,leftPad:l,rightPad:a,padWidth:c,preserveShortSequences:p}=o,d=t.readSync(r.dataId),m=t.readSync(s.dataId),[f,h]=Us(d,m,i,u,l,a,c,p),g=t.makeOutput([f.length],"string"),x=t.dataIdMap.get(g.dataId);x.stringBytes=f;let y=t.makeOutput(s.shape,"int32");return t.typedArrayFromHeap(y).set(h),[g,y]}var EA={kernelName:Za,backendName:"wasm",kernelFunc:EH};function FH(n){let{backend:t,inputs:e,attrs:o}=n,{input:r,delimiter:s}=e,{skipEmpty:i}=o,u=t.readSync(r.dataId),l=t.readSync(s.dataId),[a,c,p]=zs(u,l[0],i),d=c.length,m=t.makeOutput([d,2],"int32");t.typedArrayFromHeap(m).set(a);let h=t.makeOutput([d],"string"),g=t.dataIdMap.get(h.dataId);g.stringBytes=c;let x=t.makeOutput([2],"int32");return t.typedArrayFromHeap(x).set(p),[m,h,x]}var FA={kernelName:Qa,backendName:"wasm",kernelFunc:FH};function DH(n){let{backend:t,inputs:e,attrs:o}=n,{input:r}=e,{numBuckets:s}=o,i=t.readSync(r.dataId),u=Gs(i,s),l=t.makeOutput(r.shape,"int32");return t.typedArrayFromHeap(l).set(u),l}var DA={kernelName:Ja,backendName:"wasm",kernelFunc:DH};var $H=!0,$A=Ne("Sub",$H);var MA;function MH(n){MA=n.wasm.cwrap("Sum",null,["number","number","number","number"])}function PH(n){let{backend:t,inputs:e,attrs:o}=n,{axis:r,keepDims:s}=o,{x:i}=e,u=t.dataIdMap.get(i.dataId).id,l=u,a=i,{transposed:c,axes:p,originalAxes:d,inputWasTransposed:m}=Et(i,r,t),f=p;if(m){let C=t.dataIdMap.get(c.dataId).id;C!==u&&(a=c,l=C,f=I.getInnerMostAxes(f.length,a.shape.length))}I.assertAxesAreInnerMostDims("sum",f,a.shape.length);let[h,g]=I.computeOutAndReduceShapes(a.shape,f),x=b.sizeFromShape(g),y=t.makeOutput(h,a.dtype);if(b.sizeFromShape(a.shape)!==0){let C=t.dataIdMap.get(y.dataId).id;MA(l,x,ue[y.dtype],C)}if(m&&t.disposeData(c.dataId),s){let C=I.expandShapeToKeepDim(y.shape,d);y.shape=C}return y}var PA={kernelName:"Sum",backendName:"wasm",setupFunc:MH,kernelFunc:PH};var OA=re("Tan");var BA=re(gs);var LA;function OH(n){LA=n.wasm.cwrap(as,null,["number","number","number","number","number","number","array","number","number","number"])}function BH(n){let{backend:t,inputs:e,attrs:o}=n,{tensor:r,indices:s,updates:i}=e,{}=o,u=t.makeOutput(r.shape,r.dtype);if(b.sizeFromShape(r.shape)===0)return u;let{sliceRank:l,numUpdates:a,sliceSize:c,strides:p,outputSize:d}=fi.calculateShapes(i,s,r.shape),f=t.dataIdMap.get(s.dataId).id,g=t.dataIdMap.get(i.dataId).id,y=t.dataIdMap.get(r.dataId).id,C=new Uint8Array(new Int32Array(p).buffer),w=t.dataIdMap.get(u.dataId).id;return LA(f,g,ue[i.dtype],l,a,c,C,d,w,y),u}var VA={kernelName:as,backendName:"wasm",setupFunc:OH,kernelFunc:BH};var WA;function LH(n){WA=n.wasm.cwrap(pr,null,["number","array","number","array","number","number"])}function VH(n){let{inputs:t,backend:e,attrs:o}=n,{x:r}=t,s=e.dataIdMap.get(r.dataId).id,{reps:i}=o,u=new Array(r.shape.length);for(let d=0;d<u.length;d++)u[d]=r.shape[d]*i[d];let l=new Uint8Array(new Int32Array(r.shape).buffer),a=new Uint8Array(new Int32Array(u).buffer),c=e.makeOutput(u,r.dtype),p=e.dataIdMap.get(c.dataId).id;return WA(s,l,r.shape.length,a,u.length,ue[c.dtype],p),c}var UA={kernelName:pr,backendName:"wasm",setupFunc:LH,kernelFunc:VH};var zA;function WH(n){zA=n.wasm.cwrap(xs,null,["number","array","number","number","number","bool","number","number"])}var UH=({inputs:n,backend:t,attrs:e})=>{let{x:o}=n,{k:r,sorted:s}=e,i=t.dataIdMap.get(o.dataId).id,u=new Uint8Array(new Int32Array(o.shape).buffer),l=o.shape.slice();l[l.length-1]=r;let a=t.makeOutput(l,o.dtype),c=t.dataIdMap.get(a.dataId).id,p=t.makeOutput(l,"int32"),d=t.dataIdMap.get(p.dataId).id;return zA(i,u,o.shape.length,ue[o.dtype],r,s,c,d),[a,p]},GA={kernelName:xs,backendName:"wasm",setupFunc:WH,kernelFunc:UH};var HA;function zH(n){HA=n.wasm.cwrap(bs,null,["number","number","bool","number","number","number","number","number","number","array","number","array","number","number","number","number","number"])}function GH(n){let{backend:t,inputs:e,attrs:o}=n,{image:r,transforms:s}=e,{interpolation:i,fillMode:u,fillValue:l,outputShape:a}=o,[c,p,d,m]=r.shape,[f,h]=a??[p,d],g=[c,f,h,m],x=new Uint8Array(new Int32Array(b.computeStrides(r.shape)).buffer),y=new Uint8Array(new Int32Array(b.computeStrides(g)).buffer),C=t.makeOutput(g,r.dtype),w=t.dataIdMap.get(C.dataId).id,v=t.dataIdMap.get(r.dataId).id,T=t.dataIdMap.get(s.dataId).id,R=i==="nearest"?1:2,A;switch(u){case"constant":A=1;break;case"reflect":A=2;break;case"wrap":A=3;break;case"nearest":A=4;break;default:A=1;break}return HA(v,T,s.shape[0]>1,c,f,h,m,d,p,x,r.shape.length-1,y,g.length-1,R,A,l,w),C}var qA={kernelName:bs,backendName:"wasm",setupFunc:zH,kernelFunc:GH};function HH(n){let{inputs:t,attrs:e,backend:o}=n,{axis:r}=e,{x:s}=t,{outputValues:i,outputShape:u,indices:l}=Hs(o.readSync(s.dataId),r,s.shape,s.dtype);return[o.makeOutput(u,s.dtype,void 0,i),o.makeOutput([l.length],"int32",void 0,l)]}var KA={kernelName:ei,backendName:"wasm",kernelFunc:HH};function qH(n){let{inputs:t,backend:e,attrs:o}=n,{value:r}=t,{axis:s}=o;s<0&&(s+=r.shape.length);let i=r.shape[s],u=r.shape.length,l=new Array(u-1),a=0;for(let m=0;m<u;m++)m!==s&&(l[a++]=r.shape[m]);let c=new Array(i),p=new Array(u).fill(0),d=r.shape.slice();d[s]=1;for(let m=0;m<c.length;m++)p[s]=m,c[m]=yn({inputs:{x:r},attrs:{begin:p,size:d},backend:e});return c.map(({dataId:m,dtype:f})=>({dataId:m,dtype:f,shape:l}))}var jA={kernelName:ti,backendName:"wasm",kernelFunc:qH};function KH(n){let{inputs:{x:t},backend:e}=n,o=e.makeOutput(t.shape,t.dtype);return e.typedArrayFromHeap(o).fill(0),o}var XA={kernelName:Er,backendName:"wasm",kernelFunc:KH};var jH=[$T,MT,PT,OT,BT,VT,HT,KT,jT,XT,YT,ZT,QT,JT,eN,nN,uN,oN,aN,pN,mN,hN,gN,xN,bN,yN,IN,wN,vN,_N,NN,AN,FN,DN,$N,PN,BN,VN,UN,GN,qN,jN,YN,QN,e2,t2,r2,o2,s2,a2,i2,u2,l2,p2,d2,m2,h2,x2,y2,I2,S2,v2,k2,WT,_2,T2,N2,A2,E2,F2,$2,P2,M2,O2,B2,L2,V2,U2,G2,q2,K2,X2,Z2,J2,tR,rR,sR,iR,uR,cR,fR,hR,gR,xR,yR,IR,SR,vR,_R,TR,NR,Td,AR,FR,$R,MR,PR,OR,BR,LR,lN,WR,zR,HR,KR,XR,ZR,QR,JR,tA,rA,sA,aA,uA,lA,cA,pA,dN,dR,dA,mA,hA,xA,yA,CA,wA,SA,vA,kA,_A,NA,AA,EA,FA,DA,$A,PA,OA,BA,VA,UA,GA,qA,zT,KA,jA,XA];for(let n of jH)ni(n);var Xx=N();Xx.registerFlag("WASM_HAS_SIMD_SUPPORT",async()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,9,1,7,0,65,0,253,15,26,11]))}catch{return!1}});Xx.registerFlag("WASM_HAS_MULTITHREAD_SUPPORT",async()=>{if(Xx.get("IS_NODE"))return!1;try{return new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}});var rb=cu(JA()),sE=cu(tE()),ob=cu(nE());var rE=rb.default||rb,XH=ob.default||ob,tl=class extends In{constructor(t){super(),this.wasm=t,this.dataIdNextNumber=1,this.wasm.tfjs.initWithThreadsCount(JH),eq=this.wasm.tfjs.getThreadsCount(),this.dataIdMap=new Yn(this,Xt())}write(t,e,o){let r={id:this.dataIdNextNumber++};return this.move(r,t,e,o,1),r}numDataIds(){return this.dataIdMap.numDataIds()}async time(t){let e=b.now();return t(),{kernelMs:b.now()-e}}move(t,e,o,r,s){let i=this.dataIdNextNumber++;if(r==="string"){let c=e;this.dataIdMap.set(t,{id:i,stringBytes:c,shape:o,dtype:r,memoryOffset:null,refCount:s});return}let u=b.sizeFromShape(o),l=u*b.bytesPerElement(r),a=this.wasm._malloc(l)>>>0;this.dataIdMap.set(t,{id:i,memoryOffset:a,shape:o,dtype:r,refCount:s}),this.wasm.tfjs.registerTensor(i,u,a),e!=null&&this.wasm.HEAPU8.set(new Uint8Array(e.buffer,e.byteOffset,l),a)}async read(t){return this.readSync(t)}readSync(t,e,o){let{memoryOffset:r,dtype:s,shape:i,stringBytes:u}=this.dataIdMap.get(t);if(s==="string")return(e==null||e===0)&&(o==null||o>=u.length)?u:u.slice(e,o);e=e||0,o=o||b.sizeFromShape(i);let l=b.bytesPerElement(s),a=this.wasm.HEAPU8.slice(r+e*l,r+o*l);return ZH(a.buffer,s)}disposeData(t,e=!1){if(this.dataIdMap.has(t)){let o=this.dataIdMap.get(t);if(o.refCount--,!e&&o.refCount>0)return!1;this.wasm._free(o.memoryOffset),this.wasm.tfjs.disposeData(o.id),this.dataIdMap.delete(t)}return!0}refCount(t){return this.dataIdMap.has(t)?this.dataIdMap.get(t).refCount:0}incRef(t){let e=this.dataIdMap.get(t);e!=null&&e.refCount++}floatPrecision(){return 32}getMemoryOffset(t){return this.dataIdMap.get(t).memoryOffset}dispose(){this.wasm.tfjs.dispose(),"PThread"in this.wasm&&this.wasm.PThread.terminateAllThreads(),this.wasm=null}memory(){return{unreliable:!1}}makeOutput(t,e,o,r){let s;if(o==null)s=this.write(r??null,t,e);else{let i=this.dataIdNextNumber++;s={id:i},this.dataIdMap.set(s,{id:i,memoryOffset:o,shape:t,dtype:e,refCount:1});let u=b.sizeFromShape(t);this.wasm.tfjs.registerTensor(i,u,o)}return{dataId:s,shape:t,dtype:e}}typedArrayFromHeap({shape:t,dtype:e,dataId:o}){let r=this.wasm.HEAPU8.buffer,{memoryOffset:s}=this.dataIdMap.get(o),i=b.sizeFromShape(t);switch(e){case"float32":return new Float32Array(r,s,i);case"int32":return new Int32Array(r,s,i);case"bool":return new Uint8Array(r,s,i);default:throw new Error(`Unknown dtype ${e}`)}}};function YH(n){return(t,e)=>(b.fetch(n,{credentials:"same-origin"}).then(o=>{o.ok||t.env.a(`failed to load wasm binary file at '${n}'`),o.arrayBuffer().then(r=>{WebAssembly.instantiate(r,t).then(s=>{e(s.instance,s.module)})})}),{})}function oE(n,t,e){if(nb!=null)return nb;let o="tfjs-backend-wasm.wasm";return n&&t?o="tfjs-backend-wasm-threaded-simd.wasm":n&&(o="tfjs-backend-wasm-simd.wasm"),el!=null&&el[o]!=null?el[o]:e+o}async function aE(){let[n,t]=await Promise.all([N().getAsync("WASM_HAS_SIMD_SUPPORT"),N().getAsync("WASM_HAS_MULTITHREAD_SUPPORT")]);return new Promise((e,o)=>{let r={};r.locateFile=(u,l)=>{if(u.endsWith(".worker.js")){let a=sE.wasmWorkerContents.replace(/\n/g,"\\n"),c=new Blob([a],{type:"application/javascript"});return URL.createObjectURL(c)}return u.endsWith(".wasm")?oE(n,t,Ju??l):l+u},iE&&(r.instantiateWasm=YH(oE(n,t,Ju??"")));let s=!1;r.onAbort=()=>{if(s||Fd)return;Fd=!0,o({message:"Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers"})};let i;t&&n&&nb==null?(r.mainScriptUrlOrBlob=new Blob(["var WasmBackendModuleThreadedSimd = "+rE.toString()],{type:"text/javascript"}),i=rE(r)):i=XH(r),i.then(u=>{s=!0,Fd=!1;let l=null;u.tfjs={init:u.cwrap("init",null,[]),initWithThreadsCount:u.cwrap("init_with_threads_count",null,["number"]),getThreadsCount:u.cwrap("get_threads_count","number",[]),registerTensor:u.cwrap("register_tensor",null,["number","number","number"]),disposeData:u.cwrap("dispose_data",l,["number"]),dispose:u.cwrap("dispose",l,[])},e({wasm:u})}).catch(o)})}function ZH(n,t){switch(t){case"float32":return new Float32Array(n);case"int32":return new Int32Array(n);case"bool":return new Uint8Array(n);default:throw new Error(`Unknown dtype ${t}`)}}var QH=["tfjs-backend-wasm.wasm","tfjs-backend-wasm-simd.wasm","tfjs-backend-wasm-threaded-simd.wasm"],nb=null,Ju=null,el={},Fd=!1,iE=!1;function sb(n,t=!1){if(Fd)throw new Error("The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`");if(typeof n=="string")Ju=n;else{el=n;let e=QH.filter(o=>el[o]==null);if(e.length>0)throw new Error(`There were no entries found for the following binaries: ${e.join(",")}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`)}iE=t}var JH=-1,eq=-1;var tq=2;ci("wasm",async()=>{let{wasm:n}=await aE();return new tl(n)},tq);var ab=null;function Dd(n=["wasm","webgl","cpu"]){return ab||(ab=(async()=>{sb(new URL("./",import.meta.url).href);for(let t of n)try{if(await py(t))return await dy(),Ve(()=>uc(br([1,8,8,1]),pc([3,3,1,1]),1,"same").dataSync()),t}catch(e){console.warn(`LeNet Lab: the ${t} backend is not available`,e)}throw new Error("No TensorFlow.js backend works in this browser.")})()),ab}function lE(n){let t=new Uint8Array(n);if(String.fromCharCode(...t.subarray(0,4))!=="LNLV")throw new Error("not a LeNet Lab model file");let e=new DataView(n).getUint32(4,!0),o=JSON.parse(new TextDecoder().decode(t.subarray(8,8+e))),r=8+e+(4-(8+e)%4)%4,s=o.tensors.map(i=>{let u=i.shape.reduce((d,m)=>d*m,1);if(i.encoding==="float32")return new Float32Array(n.slice(r+i.offset,r+i.offset+4*u));let l=new Int8Array(n,r+i.offset,u),a=i.shape[i.shape.length-1],c=new Float32Array(n.slice(r+i.scales,r+i.scales+4*a)),p=new Float32Array(u);for(let d=0;d<u;d++)p[d]=l[d]*c[d%a];return p});return{header:o,weights:s}}function cE(n){let{header:t,weights:e}=lE(n),o=t.architecture,r=e.map((u,l)=>wu(u,t.tensors[l].shape)),s=o.conv_filters.length;return{header:t,predict:u=>Ve(()=>{let l=lg(u,[1,o.height,o.width,o.depth]);for(let c=0;c<s;c++){let p=uc(l,r[2*c],1,"same");l=tg(mi(Ee(p,r[2*c+1])),2,2,"valid")}l=$t(l,[1,-1]);let a=(r.length-2*s)/2;for(let c=0;c<a;c++){let p=2*s+2*c;l=Ee(Zh(l,r[p]),r[p+1]),l=c<a-1?mi(l):ug(l)}return l.dataSync()}),dispose:()=>r.forEach(u=>u.dispose())}}var nq="lenet-lab-models",uE=null;function pE(){return uE??(uE=new Promise((n,t)=>{let e=indexedDB.open(nq,2);e.onupgradeneeded=()=>{e.result.objectStoreNames.contains("files")&&e.result.deleteObjectStore("files"),e.result.createObjectStore("files")},e.onsuccess=()=>n(e.result),e.onerror=()=>t(e.error)})),uE}async function rq(n){try{let t=await pE(),e=await new Promise(o=>{let r=t.transaction("files").objectStore("files").get(n);r.onsuccess=()=>o(r.result),r.onerror=()=>o(void 0)});return e&&t.transaction("files","readwrite").objectStore("files").put({...e,used:Date.now()},n),e?.data}catch{return}}async function oq(n,t,e){try{let r=(await pE()).transaction("files","readwrite").objectStore("files");r.put({data:t,used:Date.now()},n);let s=await new Promise(i=>{let u=[],l=r.openCursor();l.onsuccess=()=>{let a=l.result;if(!a)return i(u);u.push({key:a.key,used:a.value.used||0}),a.continue()},l.onerror=()=>i(u)});s.sort((i,u)=>i.used-u.used);for(let{key:i}of s.filter(({key:u})=>u!==n).slice(0,Math.max(0,s.length-e)))r.delete(i)}catch{}}var sq=2,sa=new Map,ib=0;function dE(n,t){let e=sa.get(t);for(e||(e=(async()=>{let o=await rq(t);if(!o){let r=await fetch(new URL(n,import.meta.url));if(!r.ok)throw new Error(`the model file answered ${r.status}`);o=await r.arrayBuffer(),ib++,await oq(t,o,8)}return await Dd(),cE(o)})(),e.catch(()=>sa.delete(t))),sa.delete(t),sa.set(t,e);sa.size>sq;){let[o,r]=sa.entries().next().value;sa.delete(o),r.then(s=>s.dispose(),()=>{})}return e}var Te=Math.fround;function eu(n){let t=Math.round(n);return t-n===.5&&t%2!==0?t-1:t}function nl(n,t,e,o){if(e<8){let s=-0;for(let i=0;i<e;i++)s=Te(s+n[t+i*o]);return s}if(e<=128){let s=new Array(8);for(let l=0;l<8;l++)s[l]=n[t+l*o];let i=8;for(;i<e-e%8;i+=8)for(let l=0;l<8;l++)s[l]=Te(s[l]+n[t+(i+l)*o]);let u=Te(Te(Te(s[0]+s[1])+Te(s[2]+s[3]))+Te(Te(s[4]+s[5])+Te(s[6]+s[7])));for(;i<e;i++)u=Te(u+n[t+i*o]);return u}let r=Math.floor(e/2);return r-=r%8,Te(nl(n,t,r,o)+nl(n,t+r*o,e-r,o))}function $d(n,t,e){if(e<8){let r=-0;for(let s=0;s<e;s++)r+=n[t+s];return r}if(e<=128){let r=Array.from(n.subarray(t,t+8)),s=8;for(;s<e-e%8;s+=8)for(let u=0;u<8;u++)r[u]+=n[t+s+u];let i=r[0]+r[1]+(r[2]+r[3])+(r[4]+r[5]+(r[6]+r[7]));for(;s<e;s++)i+=n[t+s];return i}let o=Math.floor(e/2);return o-=o%8,$d(n,t,o)+$d(n,t+o,e-o)}function ub(n,t,e,o,r){e=Math.min(e,n.height),r=Math.min(r,n.width);let s=Math.max(0,r-o),i=Math.max(0,e-t),u=new Float32Array(s*i);for(let l=0;l<i;l++)u.set(n.data.subarray((t+l)*n.width+o,(t+l)*n.width+o+s),l*s);return{data:u,width:s,height:i}}function lb(n,t,e){let o=t*e,r=new Float32Array(o),s=new Float32Array(o),[i,u,l]=[Te(.299),Te(.587),Te(.114)],a=0;for(let c=0;c<o;c++){let p=Te(n[4*c]/255),d=Te(n[4*c+1]/255),m=Te(n[4*c+2]/255);r[c]=Te(Te(Te(p*i)+Te(d*u))+Te(m*l)),s[c]=Te(n[4*c+3]/255),s[c]<.5&&a++}return a/o>.1?s:r}function aq(n){let t=Float32Array.from(n).sort(),e=t.length>>1;return t.length%2?t[e]:Te(Te(t[e-1]+t[e])/2)}function iq(n,t){let e=new Float32Array(t).fill(-1/0);for(let o=0;o<n.length;o++){let r=n[o];if(!(r>e[0]))continue;let s=0;for(;s+1<t&&e[s+1]<r;)e[s]=e[s+1],s++;e[s]=r}return e}function uq(n,t){let e=n.length,o=(e-1)*(t/100),r=Math.floor(o),s=r+1;o>=e-1&&(r=s=e-1);let i=o-Math.floor(o),u=e-r,l=u<=1024?iq(n,u):Float32Array.from(n).sort().subarray(r),[a,c]=[l[0],l[s-r]],p=Te(c-a);return i>=.5?Te(c-Te(p*Te(1-i))):Te(a+Te(p*Te(i)))}function lq(n){let{width:t,height:e}=n,o=new Float32Array(2*t+2*e);o.set(n.data.subarray(0,t),0),o.set(n.data.subarray((e-1)*t,e*t),t);for(let p=0;p<e;p++)o[2*t+p]=n.data[p*t],o[2*t+e+p]=n.data[p*t+t-1];let r=aq(o),s=r>.5,i=n.data;s&&(i=i.map(p=>Te(1-p)),r=1-r);let u=Te(r),l=i.map(p=>Te(p-u)),a=uq(l,99.9);if(a<.15)return{ink:{data:new Float32Array(t*e),width:t,height:e},inverted:s};let c=Te(.1);for(let p=0;p<l.length;p++){let d=Math.min(Math.max(Te(l[p]/a),0),1);l[p]=d<c?0:d}return{ink:{data:l,width:t,height:e},inverted:s}}function cq(n,t,e){let o=0,r=0,s=(i,u)=>i>=0&&i<e&&u>=0&&u<t?n[i*t+u]:0;for(let i=0;i<e;i++)for(let u=0;u<t;u++)n[i*t+u]&&(o++,s(i-1,u)&&s(i+1,u)&&s(i,u-1)&&s(i,u+1)||r++);return o?2*o/Math.max(r,1):0}function mE(n,t,e){let{width:o,height:r,data:s}=n,i=(t-1)/2,u=new Float32Array(o*r);for(let a=0;a<r;a++)for(let c=0;c<o;c++){let p=s[a*o+c];for(let d=-i;d<=i;d++)p=e(p,s[a*o+Math.min(Math.max(c+d,0),o-1)]);u[a*o+c]=p}let l=new Float32Array(o*r);for(let a=0;a<r;a++)for(let c=0;c<o;c++){let p=u[a*o+c];for(let d=-i;d<=i;d++)p=e(p,u[Math.min(Math.max(a+d,0),r-1)*o+c]);l[a*o+c]=p}return{data:l,width:o,height:r}}function pq(n,t){let[e,o,r,s]=t,i=Math.max(o-e,s-r),u=ub(n,e,o,r,s),l=Uint8Array.from(u.data,p=>p>.5?1:0),a=cq(l,u.width,u.height),c=.12*i;if(!a)return n;if(a<.45*c){let p=eu(c-a);return mE(n,Math.min(2*Math.floor(p/2)+1,31),Math.max)}if(a>2.2*c){let p=eu(a-c);return mE(n,Math.min(2*Math.floor(p/2)+1,31),Math.min)}return n}function fE(n,t){let e=0,o=n.length;for(;e<o;){let r=e+o>>1;n[r]<t?e=r+1:o=r}return e}function hE(n){let{width:t,height:e}=n,o=n.data.map(l=>l>.25?l:0),r=Te(0+nl(o,0,t*e,1));if(r===0)return null;let s=new Float32Array(e);for(let l=0;l<e;l++)s[l]=Te(0+nl(o,l*t,t,1));let i=o.slice(0,t);for(let l=1;l<e;l++)for(let a=0;a<t;a++)i[a]=Te(i[a]+o[l*t+a]);let u=[];for(let l of[s,i]){let a=new Float32Array(l.length),c=0;for(let m=0;m<l.length;m++)c=Te(c+l[m]),a[m]=Te(c/r);let p=fE(a,.002),d=fE(a,.998);u.push(p,d+1)}return[u[0],u[1],u[2],u[3]]}function gE(n){return n===0?1:(n*=Math.PI,Math.sin(n)/n)}var dq={weight:n=>-3<=n&&n<3?gE(n)*gE(n/3):0,support:3},mq={weight:n=>Math.max(1-Math.abs(n),0),support:1};function xE(n,t,e){let o=n/t,r=Math.max(o,1),s=e.support*r,i=1/r,u=[],l=[];for(let a=0;a<t;a++){let c=(a+.5)*o,p=Math.max(Math.trunc(c-s+.5),0),d=Math.min(Math.trunc(c+s+.5),n),m=new Float64Array(Math.max(d-p,0)),f=0;for(let h=0;h<m.length;h++)m[h]=e.weight((h+p-c+.5)*i),f+=m[h];if(f!==0)for(let h=0;h<m.length;h++)m[h]/=f;u.push(p),l.push(m)}return{first:u,weights:l}}function CE(n,t,e,o){let r=n;if(t!==r.width){let{first:s,weights:i}=xE(r.width,t,o),u=new Float32Array(t*r.height);for(let l=0;l<r.height;l++){let a=l*r.width;for(let c=0;c<t;c++){let p=i[c],d=0;for(let m=0;m<p.length;m++)d+=r.data[a+s[c]+m]*p[m];u[l*t+c]=d}}r={data:u,width:t,height:r.height}}if(e!==r.height){let{first:s,weights:i}=xE(r.height,e,o),u=new Float32Array(r.width*e);for(let l=0;l<e;l++){let a=i[l];for(let c=0;c<r.width;c++){let p=0;for(let d=0;d<a.length;d++)p+=r.data[(s[l]+d)*r.width+c]*a[d];u[l*r.width+c]=p}}r={data:u,width:r.width,height:e}}return r===n?{data:n.data.slice(),width:t,height:e}:r}function IE(n){return{...n,data:n.data.map(t=>Math.min(Math.max(t,0),1))}}function bE(n,t){let e=t/Math.max(n.height,n.width),o=Math.max(1,eu(n.width*e)),r=Math.max(1,eu(n.height*e));return IE(CE(n,o,r,dq))}function yE(n,t,e){let o=new Float32Array(784),r=eu(28/2-t),s=eu(28/2-e),[i,u]=[Math.max(0,-r),Math.max(0,-s)],[l,a]=[Math.max(0,r),Math.max(0,s)],c=Math.min(n.height-i,28-l),p=Math.min(n.width-u,28-a);for(let d=0;d<c;d++)for(let m=0;m<p;m++)o[(l+d)*28+a+m]=n.data[(i+d)*n.width+u+m];return o}function cb(n,t,e,o){if(o!=="digit"&&o!=="garment")throw new Error(`Unknown style '${o}': expected 'digit' or 'garment'.`);let r=lq({data:n,width:t,height:e}),s=r.inverted,i=r.ink,u=hE(i),l=0;for(let f of i.data)f>.25&&l++;if(u===null||l/(t*e)<.001)return{image:null,message:"Draw something: the canvas is empty.",reason:"empty",inverted:s};let[a,c,p,d]=u;if(Math.max(c-a,d-p)<.04*Math.max(e,t))return{image:null,message:"Draw something bigger: that is only a dot.",reason:"dot",inverted:s};if(o==="digit"){i=pq(i,u),[a,c,p,d]=hE(i)??u;let f=bE(ub(i,a,c,p,d),20),h=Te(0+nl(f.data,0,f.data.length,1)),g=new Float64Array(f.data.length);for(let C=0;C<f.data.length;C++)g[C]=Math.floor(C/f.width)*f.data[C];let x=(0+$d(g,0,g.length))/h;for(let C=0;C<f.data.length;C++)g[C]=C%f.width*f.data[C];let y=(0+$d(g,0,g.length))/h;return{image:yE(f,x+.5,y+.5),message:null,reason:null,inverted:s}}let m=bE(ub(i,a,c,p,d),28);return{image:yE(m,m.height/2,m.width/2),message:null,reason:null,inverted:s}}function pb(n,t,e){return IE(CE({data:n,width:t,height:e},28,28,mq)).data}var tn=280,fq=`
<div class="live">
  <div class="pad"><canvas width="${tn}" height="${tn}"></canvas></div>
  <div class="side">
    <div class="answer" data-testid="live-answer" aria-live="polite"></div>
    <div class="bars"></div>
    <div class="tools">
      <label><span class="width-label"></span> <input type="range" min="5" max="40" value="20" class="width"></label>
      <button type="button" class="undo"></button>
      <button type="button" class="clear"></button>
    </div>
    <div class="status" data-testid="live-status"></div>
  </div>
</div>`;function hq(n,t={}){return(n??"").replace(/\{(\w+)\}/g,(e,o)=>o in t?t[o]:e)}var mb=class{constructor(t){this.strokes=[];this.current=null;this.model=null;this.modelName="";this.backend="";this.loading=!1;this.strokeCount=0;this.pending=0;this.frame=0;this.pngServed=0;this.predictMs=[];this.shownLabels="";this.statusShown=null;this.shown={probabilities:null,reason:null};this.root=t.parentElement,this.data=t.data,this.setStateValue=t.setStateValue,this.setTriggerValue=t.setTriggerValue;let e=document.createElement("div");e.innerHTML=fq,this.root.querySelectorAll(".live").forEach(o=>o.remove()),this.root.appendChild(e.firstElementChild),this.canvas=this.root.querySelector("canvas"),this.context=this.canvas.getContext("2d",{willReadFrequently:!0}),this.canvas.addEventListener("pointerdown",o=>this.down(o)),this.canvas.addEventListener("pointermove",o=>this.move(o));for(let o of["pointerup","pointercancel"])this.canvas.addEventListener(o,r=>this.up(r));this.find(".undo").addEventListener("click",()=>this.edit(()=>this.strokes.pop())),this.find(".clear").addEventListener("click",()=>this.edit(()=>this.strokes=[])),this.pngServed=t.data.png_request,this.applyLabels(),this.redraw(),this.showAnswer(null)}label(t,e={}){return hq(this.data.labels[t],e)}applyLabels(){let t=JSON.stringify([this.data.labels,this.data.class_names]);t!==this.shownLabels&&(this.shownLabels=t,this.canvas.setAttribute("aria-label",this.label("canvas")),this.find(".width-label").textContent=this.label("width"),this.find(".undo").textContent=this.label("undo"),this.find(".clear").textContent=this.label("clear"),this.statusShown&&this.status(...this.statusShown),this.find(".bars").innerHTML="",this.showAnswer(this.shown.probabilities,this.shown.reason))}find(t){return this.root.querySelector(t)}update(t){if(this.data=t,this.applyLabels(),t.model&&t.model.name!==this.modelName?this.loadModel():!t.model&&this.modelName!==""&&(this.model=null,this.modelName="",this.loading=!1,this.status("server"),this.strokes.length&&this.send()),t.png_request>this.pngServed){this.pngServed=t.png_request;let e=this.strokes.length?this.canvas.toDataURL("image/png"):null;this.setTriggerValue("png",{request:t.png_request,stroke:this.strokeCount,png:e})}}async loadModel(){let t=this.data.model;this.modelName=t.name,this.model=null,this.loading=!0,this.status("loading");try{let[e,o]=await Promise.all([Dd(),dE(t.url,t.name)]);if(this.modelName!==t.name)return;this.backend=e,this.model=o,this.status("running",{backend:e==="wasm"?"WebAssembly":e==="webgl"?"WebGL":"JavaScript"})}catch(e){if(this.modelName!==t.name)return;console.error("LeNet Lab: the model cannot run in this browser",e),this.status("server")}this.loading=!1,this.strokes.length&&this.send(this.answerNow(performance.now(),!0))}status(t,e={}){this.statusShown=[t,e],this.find(".status").textContent=this.label(t,e)}point(t){let e=this.canvas.getBoundingClientRect();return[(t.clientX-e.left)*tn/e.width,(t.clientY-e.top)*tn/e.height]}down(t){if(t.button>0||!t.isPrimary||this.current)return;t.preventDefault(),this.canvas.setPointerCapture(t.pointerId);let e=Number(this.find(".width").value);this.current={width:e,points:[this.point(t)]},this.strokes.push(this.current),this.redraw(),this.schedule(t.timeStamp)}move(t){if(!this.current||!t.isPrimary)return;t.preventDefault();let e=t.getCoalescedEvents?t.getCoalescedEvents():[t];for(let o of e.length?e:[t])this.current.points.push(this.point(o));this.redrawLast(),this.schedule(t.timeStamp)}up(t){!this.current||!t.isPrimary||(this.current=null,window.lenetLive.strokeEnds.push(t.timeStamp),this.canvas.hasPointerCapture(t.pointerId)&&this.canvas.releasePointerCapture(t.pointerId),this.edit(()=>{}))}edit(t){t(),this.redraw(),this.send(this.answerNow(performance.now(),!0))}schedule(t){this.pending||(this.pending=t),this.frame||(this.frame=requestAnimationFrame(()=>{this.frame=0,this.answerNow(this.pending,!1)}))}prepared(){let t=this.context.getImageData(0,0,tn,tn).data,e=lb(t,tn,tn);return{gray:e,prepared:cb(e,tn,tn,this.data.style)}}answerNow(t,e){if(this.pending=0,!this.model)return null;let{gray:o,prepared:r}=this.prepared(),s=null;if(r.image){let i=performance.now();s=this.model.predict(r.image),this.predictMs.push(performance.now()-i)}return this.showAnswer(s,r.reason),!e&&t&&window.lenetLive.latencies.push(performance.now()-t),{gray:o,prepared:r,probabilities:s}}showAnswer(t,e=null){this.shown={probabilities:t,reason:e};let o=this.data.class_names,r=this.find(".answer"),s=this.find(".bars");if(!t){r.textContent=this.label(this.model&&e?e:"draw"),s.innerHTML="";return}let i=0;t.forEach((u,l)=>i=u>t[i]?l:i),r.textContent=this.label("prediction",{name:o[i],percent:String(Math.round(t[i]*100))}),s.children.length!==o.length&&(s.innerHTML=o.map(u=>'<div class="row"><span class="name"></span><span class="track"><span class="fill"></span></span><span class="pct"></span></div>').join(""),Array.from(s.children).forEach((u,l)=>u.querySelector(".name").textContent=o[l])),Array.from(s.children).forEach((u,l)=>{u.querySelector(".fill").style.width=`${(t[l]*100).toFixed(1)}%`,u.classList.toggle("top",l===i),u.querySelector(".pct").textContent=`${Math.round(t[l]*100)}%`})}send(t=null){if(this.loading)return;this.strokeCount++;let{gray:e,prepared:o}=t||this.prepared(),r={n:this.strokeCount,backend:this.model?this.backend:"server",model:this.model?this.modelName:null};this.strokes.length?this.model?o.image?(r.input=wE(o.image),r.naive=wE(pb(e,tn,tn)),r.probabilities=Array.from(t?.probabilities||this.model.predict(o.image))):r.message=o.reason?this.label(o.reason):o.message:r.png=this.canvas.toDataURL("image/png"):r.empty=!0,this.setStateValue("stroke",r)}redraw(){let t=this.context;t.fillStyle="#000",t.fillRect(0,0,tn,tn);for(let e of this.strokes)this.paint(e,0)}redrawLast(){let t=this.strokes[this.strokes.length-1];t&&this.paint(t,Math.max(0,t.points.length-8))}paint(t,e){let o=this.context;o.strokeStyle="#fff",o.fillStyle="#fff",o.lineWidth=t.width,o.lineCap="round",o.lineJoin="round";let r=t.points;if(r.length===1){o.beginPath(),o.arc(r[0][0],r[0][1],t.width/2,0,2*Math.PI),o.fill();return}o.beginPath(),o.moveTo(r[e][0],r[e][1]);for(let s=e+1;s<r.length;s++)o.lineTo(r[s][0],r[s][1]);o.stroke()}};function wE(n){let t=new Uint8Array(n.buffer,n.byteOffset,n.byteLength),e="";for(let o=0;o<t.length;o++)e+=String.fromCharCode(t[o]);return btoa(e)}var db=new WeakMap;function sGe(n){let t=db.get(n.parentElement);t||(t=new mb(n),db.set(n.parentElement,t),window.lenetLive=window.lenetLive||{instances:[],latencies:[],strokeEnds:[],downloads:()=>ib},window.lenetLive.instances.push(t)),t.setStateValue=n.setStateValue,t.setTriggerValue=n.setTriggerValue,t.update(n.data);let e=t;return()=>{console.debug("LeNet Lab: canvas cleanup"),db.delete(n.parentElement);let o=window.lenetLive.instances;o.includes(e)&&o.splice(o.indexOf(e),1)}}export{cE as build,Dd as chooseBackend,sGe as default,pb as naiveInput,lE as parse,cb as prepare,lb as toGrayscale};
/*! Bundled license information:

@tensorflow/tfjs-core/dist/backends/backend.js:
@tensorflow/tfjs-core/dist/util_base.js:
@tensorflow/tfjs-core/dist/global_util.js:
@tensorflow/tfjs-core/dist/ops/complex.js:
@tensorflow/tfjs-core/dist/ops/clone.js:
@tensorflow/tfjs-core/dist/ops/add.js:
@tensorflow/tfjs-core/dist/ops/floorDiv.js:
@tensorflow/tfjs-core/dist/ops/div.js:
@tensorflow/tfjs-core/dist/ops/mul.js:
@tensorflow/tfjs-core/dist/ops/conv_util.js:
@tensorflow/tfjs-core/dist/ops/reshape.js:
@tensorflow/tfjs-core/dist/ops/mat_mul.js:
@tensorflow/tfjs-core/dist/ops/broadcast_to.js:
@tensorflow/tfjs-core/dist/ops/fill.js:
@tensorflow/tfjs-core/dist/ops/conv2d.js:
@tensorflow/tfjs-core/dist/ops/elu.js:
@tensorflow/tfjs-core/dist/ops/pow.js:
@tensorflow/tfjs-core/dist/ops/leaky_relu.js:
@tensorflow/tfjs-core/dist/ops/sub.js:
@tensorflow/tfjs-core/dist/ops/max_pool.js:
@tensorflow/tfjs-core/dist/ops/maximum.js:
@tensorflow/tfjs-core/dist/ops/prelu.js:
@tensorflow/tfjs-core/dist/ops/relu.js:
@tensorflow/tfjs-core/dist/ops/relu6.js:
@tensorflow/tfjs-core/dist/backends/non_max_suppression_impl.js:
@tensorflow/tfjs-core/dist/ops/ops.js:
@tensorflow/tfjs-core/dist/ops/rotate_util.js:
@tensorflow/tfjs-core/dist/backends/kernel_impls.js:
@tensorflow/tfjs-backend-cpu/dist/utils/binary_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Complex.js:
@tensorflow/tfjs-backend-cpu/dist/utils/zeros_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Real.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-cpu/dist/utils/binary_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Add.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount_impl.js:
@tensorflow/tfjs-backend-cpu/dist/utils/unary_impl.js:
@tensorflow/tfjs-backend-cpu/dist/utils/unary_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Concat_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Less.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Max_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Range_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Scatter_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TopK_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unique_impl.js:
@tensorflow/tfjs-backend-cpu/dist/shared.js:
@tensorflow/tfjs-backend-cpu/dist/base.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fused_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/All.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Any.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-cpu/dist/utils/pool_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fft_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Max.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Min.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Range.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Select.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-cpu/dist/index.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/shared.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Complex.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/kernel_funcs_utils.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-webgl/dist/mean_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reduce.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Add.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/All.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Any.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/arg_min_max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Real.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/int.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-webgl/dist/flip_left_right_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Less.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Min.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Range.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-webgl/dist/rotate_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Round.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Select.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Step.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-webgl/dist/index.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-wasm/dist/kernel_utils/shared.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Range.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Select.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Step.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-wasm/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-wasm/dist/flags_wasm.js:
@tensorflow/tfjs-backend-wasm/dist/base.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/environment.js:
@tensorflow/tfjs-core/dist/util.js:
@tensorflow/tfjs-core/dist/tape.js:
@tensorflow/tfjs-core/dist/tensor.js:
@tensorflow/tfjs-core/dist/types.js:
@tensorflow/tfjs-core/dist/device_util.js:
@tensorflow/tfjs-core/dist/ops/broadcast_util.js:
@tensorflow/tfjs-core/dist/ops/axis_util.js:
@tensorflow/tfjs-core/dist/browser_util.js:
@tensorflow/tfjs-core/dist/ops/concat_util.js:
@tensorflow/tfjs-core/dist/ops/reduce_util.js:
@tensorflow/tfjs-core/dist/index.js:
@tensorflow/tfjs-backend-webgl/dist/tex_util.js:
@tensorflow/tfjs-backend-webgl/dist/webgl_util.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_math.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_util.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_context.js:
@tensorflow/tfjs-backend-webgl/dist/texture_manager.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/backend_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reduce_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pool_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/avg_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/crop_and_resize_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/dilation_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/gather_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/max_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/multinomial_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/onehot_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/select_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/strided_slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/tile_gpu.js:
  (**
   * @license
   * Copyright 2017 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/log.js:
@tensorflow/tfjs-core/dist/profiler.js:
@tensorflow/tfjs-core/dist/tensor_format.js:
@tensorflow/tfjs-core/dist/tensor_util.js:
@tensorflow/tfjs-core/dist/engine.js:
@tensorflow/tfjs-core/dist/tensor_util_env.js:
@tensorflow/tfjs-core/dist/ops/operation.js:
@tensorflow/tfjs-core/dist/ops/tensor_ops_util.js:
@tensorflow/tfjs-core/dist/ops/tensor.js:
@tensorflow/tfjs-core/dist/io/types.js:
@tensorflow/tfjs-core/dist/globals.js:
@tensorflow/tfjs-core/dist/io/io_utils.js:
@tensorflow/tfjs-core/dist/io/router_registry.js:
@tensorflow/tfjs-core/dist/io/indexed_db.js:
@tensorflow/tfjs-core/dist/io/local_storage.js:
@tensorflow/tfjs-core/dist/io/model_management.js:
@tensorflow/tfjs-core/dist/ops/abs.js:
@tensorflow/tfjs-core/dist/ops/sigmoid.js:
@tensorflow/tfjs-core/dist/ops/zeros_like.js:
@tensorflow/tfjs-core/dist/ops/scalar.js:
@tensorflow/tfjs-core/dist/ops/sqrt.js:
@tensorflow/tfjs-core/dist/ops/sum.js:
@tensorflow/tfjs-core/dist/gradients.js:
@tensorflow/tfjs-core/dist/ops/zeros.js:
@tensorflow/tfjs-core/dist/ops/ones.js:
@tensorflow/tfjs-core/dist/ops/softmax.js:
@tensorflow/tfjs-core/dist/ops/step.js:
@tensorflow/tfjs-core/dist/ops/tensor4d.js:
@tensorflow/tfjs-core/dist/backends/where_impl.js:
@tensorflow/tfjs-core/dist/serialization.js:
@tensorflow/tfjs-core/dist/optimizers/optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adadelta_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adagrad_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adam_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adamax_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/sgd_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/momentum_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/rmsprop_optimizer.js:
@tensorflow/tfjs-core/dist/io/browser_files.js:
@tensorflow/tfjs-core/dist/io/weights_loader.js:
@tensorflow/tfjs-core/dist/io/http.js:
@tensorflow/tfjs-core/dist/io/passthrough.js:
@tensorflow/tfjs-core/dist/io/io.js:
@tensorflow/tfjs-core/dist/ops/array_ops_util.js:
@tensorflow/tfjs-core/dist/ops/selu_util.js:
@tensorflow/tfjs-core/dist/ops/erf_util.js:
@tensorflow/tfjs-core/dist/backends/complex_util.js:
@tensorflow/tfjs-core/dist/ops/segment_util.js:
@tensorflow/tfjs-core/dist/backends/backend_util.js:
@tensorflow/tfjs-backend-webgl/dist/canvas_util.js:
@tensorflow/tfjs-backend-webgl/dist/glsl_version.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler_util.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/packing_util.js:
@tensorflow/tfjs-backend-webgl/dist/pack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reshape_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unpack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mulmat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_complex_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/complex_abs_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/depth_to_space_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/fft_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_grad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/segment_gpu.js:
  (**
   * @license
   * Copyright 2018 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/kernel_registry.js:
@tensorflow/tfjs-core/dist/flags.js:
@tensorflow/tfjs-core/dist/platforms/platform_browser.js:
@tensorflow/tfjs-core/dist/platforms/platform_node.js:
@tensorflow/tfjs-core/dist/ops/square.js:
@tensorflow/tfjs-core/dist/ops/fused_util.js:
@tensorflow/tfjs-core/dist/backends/non_max_suppression_util.js:
@tensorflow/tfjs-core/dist/io/progress.js:
@tensorflow/tfjs-backend-cpu/dist/cpu_util.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tile_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Square.js:
@tensorflow/tfjs-backend-webgl/dist/flags_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/im2col_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/diag_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/fill_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Square.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/types.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/unary_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/binary_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Add.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedBatchNorm.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Less.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Log.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalXor.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Max.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Min.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppression_util.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Square.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-wasm/dist/backend_wasm.js:
@tensorflow/tfjs-backend-wasm/dist/index.js:
  (**
   * @license
   * Copyright 2019 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/platforms/is_typed_array_browser.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StaticRegexReplace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Draw.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StaticRegexReplace.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/argminmax_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2DBackpropFilter.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2DBackpropInput.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Unique.js:
  (**
   * @license
   * Copyright 2023 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/hash_util.js:
@tensorflow/tfjs-core/dist/ops/slice_util.js:
@tensorflow/tfjs-core/dist/backends/einsum_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_fill_empty_rows_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_reshape_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_segment_reduction_util.js:
@tensorflow/tfjs-backend-cpu/dist/backend_cpu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd_Impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentReduction_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transform.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-webgl/dist/transform_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transform.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/All.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Any.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Round.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentReduction.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Transform.js:
  (**
   * @license
   * Copyright 2021 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/buffer.js:
@tensorflow/tfjs-core/dist/ops/cast.js:
@tensorflow/tfjs-core/dist/ops/print.js:
@tensorflow/tfjs-core/dist/base_side_effects.js:
@tensorflow/tfjs-core/dist/base.js:
@tensorflow/tfjs-backend-webgl/dist/base.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/kernel_utils.js:
  (**
   * @license
   * Copyright 2020 Google Inc. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/optimizers/register_optimizers.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedRange.js:
  (**
   * @license
   * Copyright 2022 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/ragged_to_dense_util.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TensorScatterUpdate.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-webgl/dist/search_sorted_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TensorScatterUpdate.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/TensorScatterUpdate.js:
  (**
   * @license
   * Copyright 2022 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Log.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Round.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Step.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unique.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unique.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the License);
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an AS IS BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/IsNan.js:
  (**
   * @license
   * Copyright 2022 The TensorFlow Authors. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the License);
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an AS IS BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/LinSpace.js:
  (**
   * @license
   * Copyright 2023 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/Reciprocal.js:
  (**
   * @license
   * Copyright 2022 The TensorFlow Authors. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeNearestNeighbor.js:
  (**
   * @license
   * Copyright 2019 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the 'License');
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an 'AS IS' BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/version.js:
  (** @license See the LICENSE file. *)
*/
